"""Taipan's _posixsubprocess: fork_exec as subprocess.py calls it.

The JVM cannot fork, so the child is started by a JDK ProcessBuilder (_taipan.fork_exec, see
runtime/os/ForkExec.java) with its standard streams joined to the given descriptors. What only
a forked child could do (preexec_fn, setsid, process groups, uid/gid changes, closing or
keeping descriptors) is refused or has nothing to act on.
"""

import _taipan
import posix as _posix


def _fsencode(name):
    if isinstance(name, bytes):
        return name
    if isinstance(name, str):
        return name.encode('utf-8', 'surrogateescape')
    return _fsencode(_posix.fspath(name))


def fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,
              p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
              errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set,
              gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork=True):
    if preexec_fn is not None:
        raise RuntimeError("preexec_fn is not supported on Taipan (it cannot fork)")
    if gid is not None or extra_groups is not None or uid is not None:
        raise PermissionError(1, "changing the user or group of a child is not supported on Taipan")
    if env is None:
        env = [k + b'=' + v for k, v in _posix.environ.items()]
    args = tuple(_fsencode(a) for a in args)
    executables = tuple(_fsencode(e) for e in executable_list)
    env = tuple(_fsencode(e) for e in env)
    return _taipan.fork_exec(args, executables, cwd, env, p2cread, c2pwrite, errwrite, errpipe_write)
