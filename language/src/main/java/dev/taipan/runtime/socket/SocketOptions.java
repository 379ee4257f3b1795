package dev.taipan.runtime.socket;

import java.net.SocketOption;
import java.net.StandardSocketOptions;

/** setsockopt/getsockopt: the (level, name) pairs of Linux mapped to the JDK's socket options. */
public final class SocketOptions {
    public static final int SOL_SOCKET = 1;
    public static final int IPPROTO_IP = 0;
    public static final int IPPROTO_TCP = 6;
    public static final int SO_TYPE = 3;
    public static final int SO_ERROR = 4;
    public static final int SO_ACCEPTCONN = 30;
    public static final int SO_PROTOCOL = 38;
    public static final int SO_DOMAIN = 39;

    public static final int IPPROTO_IPV6 = 41;
    public static final int IPV6_V6ONLY = 26;

    private SocketOptions() {
    }

    public static boolean isV6Only(int level, int name) {
        return level == IPPROTO_IPV6 && name == IPV6_V6ONLY;
    }

    /** The JDK option for (level, name), or null when the JDK cannot set it. */
    public static SocketOption<?> lookup(int level, int name) {
        if (level == SOL_SOCKET) {
            return switch (name) {
                case 2 -> StandardSocketOptions.SO_REUSEADDR;
                case 6 -> StandardSocketOptions.SO_BROADCAST;
                case 7 -> StandardSocketOptions.SO_SNDBUF;
                case 8 -> StandardSocketOptions.SO_RCVBUF;
                case 9 -> StandardSocketOptions.SO_KEEPALIVE;
                case 15 -> StandardSocketOptions.SO_REUSEPORT;
                default -> null;
            };
        }
        if (level == IPPROTO_TCP && name == 1) {
            return StandardSocketOptions.TCP_NODELAY;
        }
        if (level == IPPROTO_IP) {
            return switch (name) {
                case 1 -> StandardSocketOptions.IP_TOS;
                case 33 -> StandardSocketOptions.IP_MULTICAST_TTL;
                case 34 -> StandardSocketOptions.IP_MULTICAST_LOOP;
                default -> null;
            };
        }
        return null;
    }

    /** The JDK value for an integer option value (booleans are 0 or not). */
    public static Object toJava(SocketOption<?> opt, long value) {
        return opt.type() == Boolean.class ? (Object) (value != 0) : (Object) (int) value;
    }

    public static long fromJava(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) v).longValue();
    }
}
