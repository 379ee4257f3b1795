# posixpath.normpath (posix._path_normpath in 3.12) on edge cases
import os.path, posix
cases = ['', '.', '..', '/', '//', '///', '/..', '/../..', '../..', 'a/..', 'a/../..', './a', 'a/./b/', 'a//b', '//a/b/../c', '/a/b/../../..', 'a/b/c/../../../..', '~/x/../y', '.../x', 'a/.../b']
print([os.path.normpath(c) for c in cases])
print([os.path.normpath(c.encode()) for c in cases])
