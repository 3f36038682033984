package facts

// ReadClean lets the external tests read and clean a folder as the
// internal ones do.
var ReadClean = readClean
