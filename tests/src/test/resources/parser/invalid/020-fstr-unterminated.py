msg = f"value is {x}
