mixed = b'bytes' f'{x}'
