# os.stat / lstat / fstat and os.stat_result fields
import os, stat

d = '/tmp/_taipan_os_stat_%d' % os.getpid()
os.mkdir(d, 0o755)
f = os.path.join(d, 'f.txt')
with open(f, 'w') as fh:
    fh.write('12345')
st = os.stat(f)
print(type(st).__name__, len(st) >= 10, st.st_size, st[6])
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0])
print(isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int), isinstance(st[8], int))
print(st.st_nlink, st.st_uid == os.getuid(), st.st_gid >= 0, st.st_ino > 0, st.st_dev >= 0)
os.utime(f, (1234567890, 1234567891))
st = os.stat(f)
print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns, st[7], st[8])
os.utime(f, ns=(1500000000123456789, 1600000000987654321))
st = os.stat(f)
print(st.st_atime_ns, st.st_mtime_ns, int(st.st_mtime))
dst = os.stat(d)
print(stat.S_ISDIR(dst.st_mode), oct(stat.S_IMODE(dst.st_mode) & 0o700))
os.chmod(f, 0o640)
print(oct(stat.S_IMODE(os.stat(f).st_mode)), stat.filemode(os.stat(f).st_mode))
with open(f, 'rb') as fh:
    print(os.fstat(fh.fileno()).st_size == os.stat(f).st_size)
ln = os.path.join(d, 'ln')
os.symlink('f.txt', ln)
print(stat.S_ISLNK(os.lstat(ln).st_mode), stat.S_ISREG(os.stat(ln).st_mode))
print(os.stat(ln, follow_symlinks=False).st_mode == os.lstat(ln).st_mode)
try:
    os.stat(os.path.join(d, 'nope'))
except FileNotFoundError as e:
    print(e.errno, e.strerror, os.path.basename(e.filename))
print(os.path.getsize(f), os.path.isfile(f), os.path.isdir(d), os.path.islink(ln), os.path.lexists(ln))
os.unlink(ln)
os.unlink(f)
os.rmdir(d)
