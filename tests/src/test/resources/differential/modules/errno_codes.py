import errno
print(sorted(errno.errorcode.items()) == sorted(errno.errorcode.items()), len(errno.errorcode), errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(sorted((k, v) for k, v in errno.errorcode.items()))
print(sorted(n for n in dir(errno) if n.startswith("E")))
