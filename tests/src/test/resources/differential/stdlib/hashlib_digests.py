import hashlib

names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]
for name in names:
    for data in [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5]:
        h = hashlib.new(name, data)
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    h = getattr(hashlib, name)()
    for chunk in [b"a" * 63, b"b", b"c" * 64, bytearray(b"d" * 129), memoryview(b"e" * 7)]:
        h.update(chunk)
    c = h.copy()
    h.update(b"more")
    print(name, h.hexdigest(), c.hexdigest(), c.digest() == bytes.fromhex(c.hexdigest()), type(h.digest()).__name__)
for name in ["shake_128", "shake_256"]:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(16), h.digest(200).hex()[-32:], h.hexdigest(0))
    c = h.copy()
    c.update(b"d")
    print(h.hexdigest(8), c.hexdigest(8))
print(hashlib.md5(b"x", usedforsecurity=False).hexdigest(), hashlib.sha256(string=b"y").hexdigest()[:16])
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.md5().update(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed))
