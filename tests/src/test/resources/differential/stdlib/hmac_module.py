import hashlib
import hmac

for digest in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b"]:
    h = hmac.new(b"key", b"The quick brown fox", digest)
    print(digest, h.name, h.digest_size, h.block_size, h.hexdigest())
    c = h.copy()
    c.update(b"!")
    print(h.hexdigest() != c.hexdigest(), hmac.digest(b"key", b"msg", digest).hex()[:16])
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.new(b"k" * 200, digestmod=hashlib.sha256).hexdigest())
