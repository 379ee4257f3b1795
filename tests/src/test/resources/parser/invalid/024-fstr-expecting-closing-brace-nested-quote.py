f"{a["key"]"
