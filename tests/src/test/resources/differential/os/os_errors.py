# OSError subclasses chosen by errno, their fields and str()
import os, errno

d = '/tmp/_taipan_os_errors_%d' % os.getpid()
os.mkdir(d)
missing = os.path.join(d, 'missing')
cases = [
    lambda: open(missing),
    lambda: os.stat(missing),
    lambda: os.mkdir(d),
    lambda: open(d),
    lambda: os.rmdir(missing),
    lambda: os.unlink(d),
    lambda: os.listdir(missing),
    lambda: os.chdir(missing),
    lambda: os.rename(missing, missing + '2'),
    lambda: os.readlink(d),
]
for c in cases:
    try:
        c()
    except OSError as e:
        print(type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror, str(e).replace(d, 'D'))
for code in (errno.ENOENT, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EACCES, errno.EPERM, errno.EAGAIN, errno.ESRCH, errno.EINVAL, errno.EPIPE):
    e = OSError(code, os.strerror(code))
    print(code, type(e).__name__, e)
e = OSError(2, 'No such file or directory', 'a.txt')
print(str(e), repr(e.filename), e.args)
e = OSError(2, 'msg', 'a', None, 'b')
print(str(e))
print(str(OSError('plain')), OSError('plain').errno)
print(os.error is OSError, IOError is OSError, EnvironmentError is OSError)
os.rmdir(d)
