package facts

import ("testing";"fmt")

func TestZZTitle(t *testing.T) {
	for _, p := range [][2]string{{"finance chief", "chief operating officer"}, {"Chief Financial Officer", "chief operating officer"}} {
		x, y := map[string]bool{}, map[string]bool{}
		for _, r := range titleRoles(p[0]) { x[r] = true }
		for _, r := range titleRoles(p[1]) { y[r] = true }
		fmt.Println(titleRoles(p[0]), titleRoles(p[1]), rolesAgree(x, y))
	}
}
