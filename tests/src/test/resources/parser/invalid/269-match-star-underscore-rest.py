match p:
    case {**_}:
        pass
