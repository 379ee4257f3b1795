# Low-level file descriptors: os.open/read/write/lseek/fstat/close
import os

d = '/tmp/_taipan_os_files_%d' % os.getpid()
os.mkdir(d)
p = os.path.join(d, 'data.bin')
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello world'))
print(os.write(fd, bytearray(b'!\n')))
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3))
print(os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10))
print(os.lseek(fd, 1, os.SEEK_SET), os.lseek(fd, 2, os.SEEK_CUR), os.read(fd, 1))
print(os.fstat(fd).st_size)
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.read(fd, 1)
except OSError as e:
    print(type(e).__name__, e)
fd = os.open(p, os.O_RDWR | os.O_APPEND)
os.write(fd, b'tail')
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
os.ftruncate(fd, 5)
print(os.fstat(fd).st_size)
os.fsync(fd)
os.close(fd)
try:
    os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print('exists:', e.errno, e.filename == p)
try:
    os.open(os.path.join(d, 'missing'), os.O_RDONLY)
except FileNotFoundError as e:
    print('missing:', e.errno, e.strerror)
os.truncate(p, 2)
with open(p, 'rb') as f:
    print(f.read())
print(os.isatty(fd), os.path.getsize(p))
os.unlink(p)
os.rmdir(d)
print(os.path.exists(d))
