match p:
    case:
        pass
