msg = f"""value
{x}
