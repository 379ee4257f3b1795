result = compute(
    first
    second,
)
