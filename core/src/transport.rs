//! Opening the byte stream to a server: TCP, TLS over TCP, or a UNIX socket. The caller bounds
//! the whole attempt (with the Redis handshake that follows) by the connect timeout.

use std::net::SocketAddr;

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
    let addresses: Vec<SocketAddr> = lookup_host((bare_host, port))
        .await
        .map_err(|_| {
            ConnectionError::new(
                FailureKind::Io,
                "ENOTFOUND",
                format!("getaddrinfo ENOTFOUND {bare_host}"),
            )
        })?
        .collect();
    let mut last_error = None;
    for addr in &addresses {
        match connect_one(config, *addr).await {
            Ok(stream) => return Ok(stream),
            Err(err) => {
                last_error = Some(ConnectionError::io("connect", &node_address(addr), &err))
            }
        }
    }
    Err(last_error.unwrap_or_else(|| {
        ConnectionError::new(
            FailureKind::Io,
            "ENOTFOUND",
            format!("getaddrinfo ENOTFOUND {bare_host}"),
        )
    }))
}

async fn connect_one(config: &ConnectConfig, addr: SocketAddr) -> std::io::Result<TcpStream> {
    let socket = if addr.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    socket.set_keepalive(config.keep_alive)?;
    socket.set_nodelay(config.no_delay)?;
    socket.connect(addr).await
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
