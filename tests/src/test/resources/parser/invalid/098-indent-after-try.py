try:
risky()
except E:
    pass
