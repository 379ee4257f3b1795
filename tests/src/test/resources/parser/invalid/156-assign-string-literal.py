"key" = value
