with open(p) as f:
read(f)
