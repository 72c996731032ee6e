//! Opening the byte stream to a server: TCP, TLS over TCP, or a UNIX socket. The caller bounds
//! the whole attempt (with the Redis handshake that follows) by the connect timeout.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{lookup_host, TcpSocket, TcpStream, UnixStream};
use tokio_rustls::client::TlsStream;
use tokio_rustls::TlsConnector;

use crate::config::{ConnectConfig, Target, TlsOptions};
use crate::connection::socket::{Plain, Socket};
use crate::error::{ConnectionError, FailureKind};
use crate::tls;

pub trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

/// An open connection, on tokio for the handshake, then handed over as a [`Socket`].
pub enum Opened {
    Tcp(TcpStream),
    Unix(UnixStream),
    Tls(Box<TlsStream<TcpStream>>),
}

impl Opened {
    pub fn stream(&mut self) -> &mut dyn Stream {
        match self {
            Opened::Tcp(stream) => stream,
            Opened::Unix(stream) => stream,
            Opened::Tls(stream) => stream.as_mut(),
        }
    }

    /// The certificates the server presented (TLS only), leaf first.
    pub fn peer_certificates(&self) -> Vec<Vec<u8>> {
        match self {
            Opened::Tls(stream) => tls::peer_certificates(stream.get_ref().1),
            _ => Vec::new(),
        }
    }

    /// The connection as a non-blocking socket of its own, out of tokio's reactor.
    pub fn into_socket(self) -> std::io::Result<Socket> {
        Ok(match self {
            Opened::Tcp(stream) => Socket::plain(Plain::Tcp(stream.into_std()?)),
            Opened::Unix(stream) => Socket::plain(Plain::Unix(stream.into_std()?)),
            Opened::Tls(stream) => {
                let (tcp, connection) = stream.into_inner();
                Socket::tls(Plain::Tcp(tcp.into_std()?), connection)
            }
        })
    }
}

pub(crate) async fn open(config: &ConnectConfig) -> Result<Opened, ConnectionError> {
    match &config.target {
        Target::Tcp { host, port } => {
            let tcp = connect_tcp(config, host, *port).await?;
            match &config.tls {
                Some(options) => Ok(Opened::Tls(Box::new(wrap_tls(tcp, options, host).await?))),
                None => Ok(Opened::Tcp(tcp)),
            }
        }
        Target::Unix { path } => connect_unix(path).await,
    }
}

/// Node's spelling of an address in error messages: `127.0.0.1:6379`, `::1:6379`.
fn node_address(addr: &SocketAddr) -> String {
    format!("{}:{}", addr.ip(), addr.port())
}

async fn connect_tcp(
    config: &ConnectConfig,
    host: &str,
    port: u16,
) -> Result<TcpStream, ConnectionError> {
    let bare_host = host.trim_start_matches('[').trim_end_matches(']');
    let not_found = || {
        ConnectionError::new(
            FailureKind::Io,
            "ENOTFOUND",
            format!("getaddrinfo ENOTFOUND {bare_host}"),
        )
    };
    let resolved: Vec<SocketAddr> = lookup_host((bare_host, port))
        .await
        .map_err(|_| not_found())?
        .collect();
    let addresses = eligible_addresses(config, bare_host, resolved)?;
    let mut last_error = None;
    for addr in &addresses {
        match connect_one(config, *addr).await {
            Ok(stream) => return Ok(stream),
            Err(err) => last_error = Some(err),
        }
    }
    Err(last_error.unwrap_or_else(not_found))
}

/// The resolved addresses worth trying: those of the requested `family` (not applied to an IP
/// address given as the host, as in Node), and those the local address can reach.
fn eligible_addresses(
    config: &ConnectConfig,
    host: &str,
    resolved: Vec<SocketAddr>,
) -> Result<Vec<SocketAddr>, ConnectionError> {
    let literal = host.parse::<IpAddr>().is_ok();
    let mut addresses: Vec<SocketAddr> = resolved
        .into_iter()
        .filter(|addr| literal || config.family.admits(&addr.ip()))
        .collect();
    if addresses.is_empty() {
        return Err(ConnectionError::new(
            FailureKind::Io,
            "ENOTFOUND",
            format!("getaddrinfo ENOTFOUND {host}"),
        ));
    }
    if let Some(local) = config.local_address {
        let reachable = |addr: &SocketAddr| addr.is_ipv4() == local.is_ipv4();
        if !addresses.iter().any(reachable) {
            let (local_family, other) = if local.is_ipv4() {
                ("IPv4", "IPv6")
            } else {
                ("IPv6", "IPv4")
            };
            return Err(ConnectionError::new(
                FailureKind::Io,
                "EINVAL",
                format!(
                    "socket.localAddress {local} is an {local_family} address, and {host} has only \
                     {other} addresses: give a local address of the same family as the server's"
                ),
            ));
        }
        addresses.retain(reachable);
    }
    Ok(addresses)
}

async fn connect_one(
    config: &ConnectConfig,
    addr: SocketAddr,
) -> Result<TcpStream, ConnectionError> {
    let target = node_address(&addr);
    let setup = |e: std::io::Error| ConnectionError::io("connect", &target, &e);
    let socket = if addr.is_ipv4() {
        TcpSocket::new_v4()
    } else {
        TcpSocket::new_v6()
    }
    .map_err(setup)?;
    socket.set_keepalive(config.keep_alive).map_err(setup)?;
    if config.keep_alive {
        set_keep_alive_idle(&socket, config.keep_alive_initial_delay).map_err(setup)?;
    }
    socket.set_nodelay(config.no_delay).map_err(setup)?;
    if config.local_address.is_some() || config.local_port.is_some() {
        let ip = config.local_address.unwrap_or(if addr.is_ipv4() {
            IpAddr::V4(Ipv4Addr::UNSPECIFIED)
        } else {
            IpAddr::V6(Ipv6Addr::UNSPECIFIED)
        });
        let port = config.local_port.unwrap_or(0);
        socket.bind(SocketAddr::new(ip, port)).map_err(|e| {
            // Node's wording: `bind EADDRNOTAVAIL 10.1.2.3` (the port only when one was asked).
            let local = match config.local_port {
                Some(port) => node_address(&SocketAddr::new(ip, port)),
                None => ip.to_string(),
            };
            ConnectionError::io("bind", &local, &e)
        })?;
    }
    socket
        .connect(addr)
        .await
        .map_err(|e| ConnectionError::io("connect", &target, &e))
}

/// TCP_KEEPIDLE in whole seconds, as Node's `setKeepAlive(true, initialDelay)` sets it; less
/// than a second keeps the system's default, as in Node.
fn set_keep_alive_idle(socket: &TcpSocket, delay: Option<Duration>) -> std::io::Result<()> {
    let Some(seconds) = delay.map(|d| d.as_secs()).filter(|s| *s > 0) else {
        return Ok(());
    };
    let keepalive = socket2::TcpKeepalive::new().with_time(Duration::from_secs(seconds));
    socket2::SockRef::from(socket).set_tcp_keepalive(&keepalive)
}

async fn wrap_tls(
    tcp: TcpStream,
    options: &TlsOptions,
    host: &str,
) -> Result<TlsStream<TcpStream>, ConnectionError> {
    let connector = TlsConnector::from(tls::client_config(options)?);
    let name = tls::server_name(options, host)?;
    connector
        .connect(name, tcp)
        .await
        .map_err(|e| ConnectionError::new(FailureKind::Tls, "ERR_TLS", tls_message(&e)))
}

fn tls_message(err: &std::io::Error) -> String {
    match err.get_ref() {
        Some(inner) => inner.to_string(),
        None => err.to_string(),
    }
}

async fn connect_unix(path: &str) -> Result<Opened, ConnectionError> {
    let stream = UnixStream::connect(path)
        .await
        .map_err(|e| ConnectionError::io("connect", path, &e))?;
    Ok(Opened::Unix(stream))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::IpFamily;

    fn config() -> ConnectConfig {
        ConnectConfig::new(Target::Tcp {
            host: "127.0.0.1".into(),
            port: 0,
        })
    }

    fn addr(s: &str) -> SocketAddr {
        s.parse().unwrap()
    }

    #[test]
    fn family_filters_the_addresses_of_a_name_but_not_an_ip() {
        let both = vec![addr("[::1]:6379"), addr("127.0.0.1:6379")];
        let mut c = config();
        c.family = IpFamily::V4;
        assert_eq!(
            eligible_addresses(&c, "db.example", both.clone()).unwrap(),
            [addr("127.0.0.1:6379")]
        );
        c.family = IpFamily::V6;
        assert_eq!(
            eligible_addresses(&c, "db.example", both.clone()).unwrap(),
            [addr("[::1]:6379")]
        );
        let none = eligible_addresses(&c, "db.example", vec![addr("127.0.0.1:6379")]).unwrap_err();
        assert_eq!(none.message, "getaddrinfo ENOTFOUND db.example");
        // As Node does, an address given as the host is used whatever the family.
        assert_eq!(
            eligible_addresses(&c, "127.0.0.1", vec![addr("127.0.0.1:6379")]).unwrap(),
            [addr("127.0.0.1:6379")]
        );
        c.family = IpFamily::Any;
        assert_eq!(eligible_addresses(&c, "db.example", both).unwrap().len(), 2);
    }

    #[test]
    fn a_local_address_keeps_the_addresses_of_its_family() {
        let both = vec![addr("[::1]:6379"), addr("127.0.0.1:6379")];
        let mut c = config();
        c.local_address = Some("127.0.0.2".parse().unwrap());
        assert_eq!(
            eligible_addresses(&c, "db.example", both).unwrap(),
            [addr("127.0.0.1:6379")]
        );
        let err = eligible_addresses(&c, "::1", vec![addr("[::1]:6379")]).unwrap_err();
        assert_eq!(err.code, "EINVAL");
        assert!(
            err.message
                .contains("socket.localAddress 127.0.0.2 is an IPv4 address"),
            "{}",
            err.message
        );
    }

    #[cfg(target_os = "linux")]
    fn keep_idle_seconds(stream: &TcpStream) -> libc::c_int {
        use std::os::fd::AsRawFd;
        let mut seconds: libc::c_int = 0;
        let mut len = libc::socklen_t::try_from(std::mem::size_of::<libc::c_int>()).unwrap();
        // SAFETY: the descriptor is the stream's, open for the whole call; `seconds` and `len`
        // are valid for writes and `len` holds the size of `seconds`, as getsockopt requires.
        let status = unsafe {
            libc::getsockopt(
                stream.as_raw_fd(),
                libc::IPPROTO_TCP,
                libc::TCP_KEEPIDLE,
                std::ptr::addr_of_mut!(seconds).cast(),
                &mut len,
            )
        };
        assert_eq!(status, 0);
        seconds
    }

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    #[test]
    fn keep_alive_idle_and_local_address_are_set_on_the_socket() {
        runtime().block_on(async {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let port = listener.local_addr().unwrap().port();
            let mut c = config();
            c.keep_alive_initial_delay = Some(Duration::from_millis(42_500));
            c.local_address = Some("127.0.0.2".parse().unwrap());
            let stream = connect_tcp(&c, "127.0.0.1", port).await.unwrap();
            let sock = socket2::SockRef::from(&stream);
            assert!(sock.keepalive().unwrap());
            #[cfg(target_os = "linux")]
            assert_eq!(keep_idle_seconds(&stream), 42);
            assert_eq!(
                stream.local_addr().unwrap().ip(),
                "127.0.0.2".parse::<IpAddr>().unwrap()
            );

            // Off: no keepalive at all, whatever the delay.
            c.keep_alive = false;
            c.local_address = None;
            let stream = connect_tcp(&c, "127.0.0.1", port).await.unwrap();
            assert!(!socket2::SockRef::from(&stream).keepalive().unwrap());
        });
    }

    #[test]
    fn a_local_address_that_is_not_ours_fails_to_bind() {
        runtime().block_on(async {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let port = listener.local_addr().unwrap().port();
            let mut c = config();
            // TEST-NET-1 (RFC 5737): never an address of this machine; bind fails locally, nothing is sent.
            c.local_address = Some("192.0.2.1".parse().unwrap());
            let err = connect_tcp(&c, "127.0.0.1", port).await.unwrap_err();
            assert_eq!(err.message, "bind EADDRNOTAVAIL 192.0.2.1");
        });
    }
}
