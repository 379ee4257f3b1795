import hashlib

print(hashlib.blake2b(b"abc", digest_size=20).hexdigest(), hashlib.blake2s(b"abc", digest_size=16).hexdigest())
print(hashlib.blake2b(b"msg", key=b"secret key").hexdigest())
print(hashlib.blake2s(b"msg", key=b"k" * 32, salt=b"salt", person=b"me").hexdigest())
print(hashlib.blake2b(b"abc", salt=b"s" * 16, person=b"p" * 16).hexdigest())
print(hashlib.blake2s(b"abc", fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=8, last_node=True).hexdigest())
print(hashlib.blake2b(b"abc", fanout=0, depth=2, leaf_size=2 ** 32 - 1, node_offset=2 ** 60, node_depth=3, inner_size=64, last_node=True).hexdigest())
h = hashlib.blake2b(key=b"k", digest_size=32)
for i in range(300):
    h.update(bytes([i % 256]) * (i % 7))
print(h.hexdigest(), h.digest_size, h.name)
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b"k" * 65), dict(salt=b"s" * 17), dict(person=b"p" * 17),
           dict(fanout=256), dict(depth=0), dict(node_depth=256), dict(inner_size=65)]:
    try:
        hashlib.blake2b(**kw)
    except ValueError as e:
        print("ValueError", e)
for kw in [dict(digest_size=33), dict(salt=b"s" * 9), dict(node_offset=2 ** 48)]:
    try:
        hashlib.blake2s(**kw)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
