label = b'café'
