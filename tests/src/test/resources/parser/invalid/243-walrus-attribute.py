(obj.attr := 1)
