# os.scandir: DirEntry attributes, caching, symlinks, bytes paths, the iterator protocol
import os

d = '/tmp/_taipan_os_scandir_%d' % os.getpid()
os.mkdir(d)
os.mkdir(os.path.join(d, 'sub'))
with open(os.path.join(d, 'file'), 'w') as f:
    f.write('abc')
os.symlink('file', os.path.join(d, 'link_file'))
os.symlink('sub', os.path.join(d, 'link_dir'))
os.symlink('missing', os.path.join(d, 'broken'))
it = os.scandir(d)
print(type(it).__name__, iter(it) is it)
entries = sorted(it, key=lambda e: e.name)
it.close()
for e in entries:
    print(e.name, e.is_dir(), e.is_dir(follow_symlinks=False), e.is_file(), e.is_file(follow_symlinks=False), e.is_symlink())
for e in entries:
    try:
        print(e.name, e.stat().st_size if e.is_file() else 'dir' if e.is_dir() else '?', e.stat(follow_symlinks=False).st_mode == os.lstat(e.path).st_mode)
    except FileNotFoundError as err:
        print(e.name, type(err).__name__)
with os.scandir(d.encode()) as it:
    names = sorted(e.name for e in it)
print(names)
old = os.getcwd()
os.chdir(d)
with os.scandir() as it:
    print(sorted((e.name, e.path) for e in it)[:2])
os.chdir(old)
with os.scandir(os.path.join(d, 'sub')) as it:
    print(list(it))
try:
    os.scandir(os.path.join(d, 'nope'))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
print(os.DirEntry.__name__)
for n in ('link_file', 'link_dir', 'broken', 'file'):
    os.unlink(os.path.join(d, n))
os.rmdir(os.path.join(d, 'sub'))
os.rmdir(d)
