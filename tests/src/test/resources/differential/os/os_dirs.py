# Directories: mkdir, makedirs, listdir, scandir, walk, rename, rmdir, chdir
import os

d = '/tmp/_taipan_os_dirs_%d' % os.getpid()
os.makedirs(os.path.join(d, 'a', 'b', 'c'))
os.makedirs(os.path.join(d, 'a', 'b'), exist_ok=True)
for name in ('x.txt', 'y.txt'):
    with open(os.path.join(d, 'a', name), 'w') as f:
        f.write(name)
print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, 'a'))))
print(sorted(os.listdir(os.path.join(d, 'a').encode())))
with os.scandir(os.path.join(d, 'a')) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.path == os.path.join(d, 'a', e.name), e.is_dir(), e.is_file(), e.is_symlink(), repr(e))
    print(os.fspath(e) == e.path, e.stat().st_size if e.is_file() else '-', e.inode() > 0)
for root, dirs, files in os.walk(d):
    dirs.sort()
    print(os.path.relpath(root, d), dirs, sorted(files))
for root, dirs, files in os.walk(d, topdown=False):
    print(os.path.relpath(root, d))
os.rename(os.path.join(d, 'a', 'x.txt'), os.path.join(d, 'x2.txt'))
os.replace(os.path.join(d, 'a', 'y.txt'), os.path.join(d, 'x2.txt'))
with open(os.path.join(d, 'x2.txt')) as f:
    print(f.read())
try:
    os.rmdir(os.path.join(d, 'a'))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.mkdir(os.path.join(d, 'a'))
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir(os.path.join(d, 'x2.txt'))
except NotADirectoryError as e:
    print(type(e).__name__, e.errno)
try:
    os.makedirs(os.path.join(d, 'a'))
except FileExistsError as e:
    print('makedirs', e.errno)
old = os.getcwd()
os.chdir(d)
print(os.getcwd() == d, os.getcwdb() == d.encode(), sorted(os.listdir()), os.path.isfile('x2.txt'))
os.chdir('a')
print(os.path.basename(os.getcwd()), os.path.abspath('b') == os.path.join(d, 'a', 'b'))
os.chdir(old)
os.removedirs(os.path.join(d, 'a', 'b', 'c'))
print(os.path.exists(os.path.join(d, 'a')))
os.remove(os.path.join(d, 'x2.txt'))
os.rmdir(d)
print(os.path.exists(d))
