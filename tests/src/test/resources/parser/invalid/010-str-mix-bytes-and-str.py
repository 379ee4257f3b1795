mixed = 'text' b'bytes'
