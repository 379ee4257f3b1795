# zlib over java.util.zip: one-shot and streaming (de)compression, wrappers, checksums, errors; gzip and zipfile on top.
import zlib, gzip, io
data = b"hello world " * 1000 + bytes(range(256))
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), c[:6].hex(), zlib.decompress(c) == data, zlib.crc32(c), zlib.adler32(c))
for wbits in (15, -15, 31, -9):
    c = zlib.compress(data, 6, wbits)
    print(wbits, len(c), c[:4].hex(), zlib.decompress(c, wbits) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(zlib.compress(data), 47) == data)
print(zlib.crc32(b"abc"), zlib.crc32(b"abc", 12345), zlib.adler32(b"abc"), zlib.adler32(b"abc", 99), zlib.adler32(b"x" * 100000))
co = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [co.compress(data[i:i + 700]) for i in range(0, len(data), 700)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b"tail"))
parts.append(co.flush())
blob = b"".join(parts)
do = zlib.decompressobj(-15)
out = b"".join(do.decompress(blob[i:i + 33]) for i in range(0, len(blob), 33))
print(out == data + b"tail", do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
c = zlib.compress(data) + b"EXTRA"
first = do.decompress(c, 100)
print(len(first), len(do.unconsumed_tail) > 0, do.eof)
rest = do.decompress(do.unconsumed_tail)
print(first + rest == data, do.eof, do.unused_data)
do2 = zlib.decompressobj()
x = do2.decompress(zlib.compress(data), 50)
y = do2.flush()
print(len(x), x + y == data)
for bad in (b"garbage data here", zlib.compress(data)[:-5], b""):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("zlib.error", e)
try:
    zlib.compress(b"x", 10)
except zlib.error as e:
    print("zlib.error", e)
for args in ({"level": 10}, {"wbits": 5}, {"method": 9}):
    try:
        zlib.compressobj(**args)
    except ValueError as e:
        print("ValueError", e)
try:
    zlib.decompressobj(wbits=5)
except ValueError as e:
    print("ValueError", e)
try:
    zlib.compress("text")
except TypeError as e:
    print("TypeError", e)
co = zlib.compressobj()
co.compress(b"abc"); co.flush()
try:
    co.compress(b"more")
except zlib.error as e:
    print("zlib.error", e)
zd = b"hello world "
co = zlib.compressobj(zdict=zd)
c = co.compress(data) + co.flush()
print(zlib.decompressobj(zdict=zd).decompress(c) == data)
try:
    zlib.decompress(c)
except zlib.error as e:
    print("zlib.error", e)
g = gzip.compress(data, mtime=0)
print(len(g) > 20, gzip.decompress(g) == data, g[:4].hex())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(data)
    f.write(b"second")
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read() == data + b"second")
print(gzip.decompress(gzip.compress(b"a") + gzip.compress(b"b")))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_FINISH, zlib.Z_BEST_COMPRESSION, zlib.DEF_BUF_SIZE)
import zipfile
zb = io.BytesIO()
with zipfile.ZipFile(zb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr("a.txt", data)
    zf.writestr("dir/b.txt", b"small")
zb.seek(0)
with zipfile.ZipFile(zb) as zf:
    print(sorted(zf.namelist()), zf.read("a.txt") == data, zf.read("dir/b.txt"), zf.testzip())
    print([(i.filename, i.file_size, i.compress_type) for i in zf.infolist()])
