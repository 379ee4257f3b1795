match p:
    case *a:
        pass
