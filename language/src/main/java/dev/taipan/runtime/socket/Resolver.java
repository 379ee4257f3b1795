package dev.taipan.runtime.socket;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PTuple;

/**
 * Name resolution: getaddrinfo's candidate list, the gethostby* family over the JDK's resolver
 * (which reads /etc/hosts and DNS like glibc), and service names from /etc/services.
 */
public final class Resolver {
    public static final int SOCK_STREAM = 1;
    public static final int SOCK_DGRAM = 2;
    public static final int SOCK_RAW = 3;
    public static final int AI_PASSIVE = 1;
    public static final int AI_CANONNAME = 2;
    public static final int AI_NUMERICHOST = 4;
    public static final int AI_NUMERICSERV = 0x400;

    private Resolver() {
    }

    /** A numeric address in the forms getaddrinfo accepts for {@code family} (0 for any), or null. */
    @TruffleBoundary
    public static InetAddress numeric(String host, int family) {
        try {
            if (family != SocketAddresses.AF_INET6) {
                byte[] v4 = SocketAddresses.parseAton(host);
                if (v4 != null && host.indexOf(' ') < 0) {
                    return InetAddress.getByAddress(v4);
                }
            }
            if (family != SocketAddresses.AF_INET) {
                String h = host;
                int scope = 0;
                int pct = h.indexOf('%');
                if (pct >= 0) {
                    try {
                        scope = Integer.parseInt(h.substring(pct + 1));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                    h = h.substring(0, pct);
                }
                byte[] v6 = SocketAddresses.parseIPv6(h);
                if (v6 != null) {
                    return Inet6Address.getByAddress(null, v6, scope);
                }
            }
        } catch (UnknownHostException e) {
            return null;
        }
        return null;
    }

    /** All addresses of {@code host} of {@code family} (0 for both), as the system resolver orders them. */
    @TruffleBoundary
    public static List<InetAddress> resolve(String host, int family, boolean numericOnly) {
        InetAddress n = numeric(host, family);
        List<InetAddress> out = new ArrayList<>();
        if (n != null) {
            out.add(n);
            return out;
        }
        if (numericOnly) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
        if (numeric(host, 0) != null) {
            // a literal of the other family
            throw SocketErrors.gaierror(SocketErrors.EAI_ADDRFAMILY);
        }
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException e) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
        for (InetAddress a : all) {
            if (family == 0 || (family == SocketAddresses.AF_INET) == (a instanceof Inet4Address)) {
                out.add(a);
            }
        }
        if (out.isEmpty()) {
            throw SocketErrors.gaierror(family == 0 ? SocketErrors.EAI_NONAME : SocketErrors.EAI_ADDRFAMILY);
        }
        return out;
    }

    public static InetAddress resolveOne(String host, int family) {
        return resolve(host, family, false).get(0);
    }

    public static int familyOf(InetAddress a) {
        return a instanceof Inet4Address ? SocketAddresses.AF_INET : SocketAddresses.AF_INET6;
    }

    /** getaddrinfo: the list of (family, type, proto, canonname, sockaddr) tuples. */
    @TruffleBoundary
    public static PList getaddrinfo(String host, Object port, int family, int type, int proto, int flags) {
        if (family != 0 && family != SocketAddresses.AF_INET && family != SocketAddresses.AF_INET6) {
            throw SocketErrors.gaierror(SocketErrors.EAI_FAMILY);
        }
        if (type != 0 && type != SOCK_STREAM && type != SOCK_DGRAM && type != SOCK_RAW) {
            throw SocketErrors.gaierror(SocketErrors.EAI_SOCKTYPE);
        }
        int portNum = 0;
        if (port instanceof Long l) {
            portNum = (int) (long) l;
        } else if (port instanceof String s) {
            try {
                portNum = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                if ((flags & AI_NUMERICSERV) != 0) {
                    throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
                }
                Integer p = serviceByName(s, type == SOCK_DGRAM ? "udp" : type == SOCK_STREAM ? "tcp" : null);
                if (p == null) {
                    throw SocketErrors.gaierror(SocketErrors.EAI_SERVICE);
                }
                portNum = p;
            }
        }
        List<InetAddress> addrs = new ArrayList<>();
        try {
            if (host == null) {
                boolean passive = (flags & AI_PASSIVE) != 0;
                if (family != SocketAddresses.AF_INET) {
                    addrs.add(InetAddress.getByName(passive ? "::" : "::1"));
                }
                if (family != SocketAddresses.AF_INET6) {
                    addrs.add(InetAddress.getByAddress(passive ? new byte[4] : new byte[]{127, 0, 0, 1}));
                }
            } else {
                addrs = resolve(host, family, (flags & AI_NUMERICHOST) != 0);
            }
        } catch (UnknownHostException e) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
        int[][] kinds;
        if (type == 0) {
            kinds = proto == 6 ? new int[][]{{SOCK_STREAM, 6}} : proto == 17 ? new int[][]{{SOCK_DGRAM, 17}} : new int[][]{{SOCK_STREAM, 6}, {SOCK_DGRAM, 17}, {SOCK_RAW, proto}};
        } else {
            kinds = new int[][]{{type, proto != 0 ? proto : type == SOCK_STREAM ? 6 : type == SOCK_DGRAM ? 17 : 0}};
        }
        String canon = "";
        if ((flags & AI_CANONNAME) != 0 && host != null) {
            canon = numeric(host, 0) != null ? host : addrs.get(0).getCanonicalHostName();
        }
        PList out = new PList();
        boolean first = true;
        for (InetAddress a : addrs) {
            Object sockaddr = SocketAddresses.toPython(new InetSocketAddress(a, portNum));
            for (int[] k : kinds) {
                out.append(PTuple.of((long) familyOf(a), (long) k[0], (long) k[1], first ? canon : "", sockaddr));
                first = false;
            }
        }
        return out;
    }

    /** The name of {@code a} by reverse lookup, or null when it has none. */
    @TruffleBoundary
    public static String reverse(InetAddress a) {
        String name = a.getCanonicalHostName();
        return name.equals(a.getHostAddress()) ? null : name;
    }

    // ---------------------------------------------------------------- services

    private static Map<String, Integer> byName;
    private static Map<String, String> byPort;

    private static synchronized void loadServices() {
        if (byName != null) {
            return;
        }
        Map<String, Integer> names = new HashMap<>();
        Map<String, String> ports = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("/etc/services"));
        } catch (IOException | SecurityException e) {
            lines = List.of("ftp 21/tcp", "ssh 22/tcp", "telnet 23/tcp", "smtp 25/tcp", "domain 53/tcp", "domain 53/udp", "http 80/tcp www",
                            "pop3 110/tcp", "imap 143/tcp", "https 443/tcp", "https 443/udp");
        }
        for (String line : lines) {
            int hash = line.indexOf('#');
            String[] f = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
            if (f.length < 2 || f[1].indexOf('/') < 0) {
                continue;
            }
            String[] pp = f[1].split("/");
            int port;
            try {
                port = Integer.parseInt(pp[0]);
            } catch (NumberFormatException e) {
                continue;
            }
            ports.putIfAbsent(port + "/" + pp[1], f[0]);
            ports.putIfAbsent(port + "/", f[0]);
            for (int i = 0; i < f.length; i++) {
                if (i == 1) {
                    continue;
                }
                names.putIfAbsent(f[i] + "/" + pp[1], port);
                names.putIfAbsent(f[i] + "/", port);
            }
        }
        byName = names;
        byPort = ports;
    }

    /** The port of service {@code name} for {@code proto} ("tcp", "udp" or null for any). */
    @TruffleBoundary
    public static Integer serviceByName(String name, String proto) {
        loadServices();
        return byName.get(name + "/" + (proto == null ? "" : proto));
    }

    @TruffleBoundary
    public static String serviceByPort(int port, String proto) {
        loadServices();
        return byPort.get(port + "/" + (proto == null ? "" : proto));
    }
}
