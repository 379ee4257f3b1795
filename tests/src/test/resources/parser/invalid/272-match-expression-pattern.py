match p:
    case a + b:
        pass
