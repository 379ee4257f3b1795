pattern = r"\d+
