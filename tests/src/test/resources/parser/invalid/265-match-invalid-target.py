match p:
    case x as 1:
        pass
