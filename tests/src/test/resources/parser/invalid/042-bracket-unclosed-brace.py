config = {"a": 1,
