count = 1_000_
