//! Opening the byte stream to a server: TCP, TLS over TCP, or a UNIX socket, within the
//! connect timeout (which, as in node-redis, covers the TCP and TLS handshakes but not the Redis
//! handshake that follows).

use std::net::SocketAddr;

use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{lookup_host, TcpSocket, TcpStream};
use tokio_rustls::TlsConnector;

use crate::config::{ConnectConfig, Target, TlsOptions};
use crate::direct::DirectSocket;
use crate::error::{ConnectionError, FailureKind};
use crate::tls;

pub trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

pub type BoxedStream = Box<dyn Stream>;

/// The stream, and for plain TCP/UNIX connections a second handle for direct writes.
pub(crate) type Opened = (BoxedStream, Option<DirectSocket>);

pub(crate) async fn open(config: &ConnectConfig) -> Result<Opened, ConnectionError> {
    let attempt = open_without_timeout(config);
    match config.connect_timeout {
        Some(limit) => tokio::time::timeout(limit, attempt)
            .await
            .unwrap_or_else(|_| Err(ConnectionError::connect_timeout())),
        None => attempt.await,
    }
}

async fn open_without_timeout(config: &ConnectConfig) -> Result<Opened, ConnectionError> {
    match &config.target {
        Target::Tcp { host, port } => {
            let tcp = connect_tcp(config, host, *port).await?;
            match &config.tls {
                Some(options) => Ok((Box::new(wrap_tls(tcp, options, host).await?), None)),
                None => {
                    let direct = DirectSocket::of_tcp(&tcp);
                    Ok((Box::new(tcp), direct))
                }
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
) -> Result<tokio_rustls::client::TlsStream<TcpStream>, ConnectionError> {
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

#[cfg(unix)]
async fn connect_unix(path: &str) -> Result<Opened, ConnectionError> {
    let stream = tokio::net::UnixStream::connect(path)
        .await
        .map_err(|e| ConnectionError::io("connect", path, &e))?;
    let direct = DirectSocket::of_unix(&stream);
    Ok((Box::new(stream), direct))
}

#[cfg(not(unix))]
async fn connect_unix(path: &str) -> Result<Opened, ConnectionError> {
    Err(ConnectionError::new(
        FailureKind::Io,
        "ENOTSUP",
        format!("UNIX sockets are not supported on this platform ({path})"),
    ))
}
