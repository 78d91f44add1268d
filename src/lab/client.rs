//! Calls a lab homeserver's Client-Server API with ruma's request types over a blocking HTTP client.
//!
//! Every request carries the person's user agent and, in `X-Forwarded-For`, the address the
//! scenario says the server sees (home, VPN exit or Tor exit: documentation ranges only). The
//! connection itself always goes to 127.0.0.1.

use ruma_common::api::auth_scheme::{AuthScheme, SendAccessToken};
use ruma_common::api::path_builder::{PathBuilder, VersionHistory};
use ruma_common::api::{IncomingResponseExt, MatrixVersion, OutgoingRequest, OutgoingRequestExt, SupportedVersions};
use serde_json::Value;
use std::borrow::Cow;
use std::time::Duration;

/// Who is calling: server, token, and what the server should see.
#[derive(Clone, Debug)]
pub struct Caller {
    /// Base URL of the server's client listener.
    pub base: String,
    /// Access token, once logged in.
    pub token: Option<String>,
    /// Address put in `X-Forwarded-For`.
    pub ip: String,
    /// `User-Agent` header.
    pub user_agent: String,
}

/// A request the server refused or that never reached it.
#[derive(Debug)]
pub struct CallError {
    /// The endpoint (path) called.
    pub endpoint: String,
    /// HTTP status, 0 if there was no answer.
    pub status: u16,
    /// The server's answer or the transport error.
    pub body: String,
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} → {} {}", self.endpoint, self.status, self.body)
    }
}

/// A blocking client for the lab's servers.
pub struct Client {
    agent: ureq::Agent,
    versions: SupportedVersions,
}

impl Default for Client {
    fn default() -> Self {
        Self::new()
    }
}

impl Client {
    /// A client with a 30 s timeout that returns error statuses as answers.
    pub fn new() -> Client {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(30)))
            .http_status_as_error(false)
            .build()
            .into();
        let mut versions = SupportedVersions::from_parts(&[], &Default::default());
        versions.versions.insert(MatrixVersion::V1_11);
        Client { agent, versions }
    }

    /// Sends one ruma request and parses the answer.
    pub fn call<R>(&self, who: &Caller, request: R) -> Result<R::IncomingResponse, CallError>
    where
        R: OutgoingRequest<PathBuilder = VersionHistory>,
        for<'t> R::Authentication: AuthScheme<Input<'t> = SendAccessToken<'t>>,
        for<'p> VersionHistory: PathBuilder<Input<'p> = Cow<'p, SupportedVersions>>,
    {
        let token = match &who.token {
            Some(t) => SendAccessToken::IfRequired(t.as_str()),
            None => SendAccessToken::None,
        };
        let http_request =
            request.try_into_http_request::<Vec<u8>>(&who.base, token, Cow::Borrowed(&self.versions)).map_err(|e| {
                CallError { endpoint: std::any::type_name::<R>().to_owned(), status: 0, body: e.to_string() }
            })?;
        let endpoint = http_request.uri().path().to_owned();
        let (status, body) = self.send(who, http_request)?;
        let response = http::Response::builder().status(status).body(body.as_slice()).map_err(|e| CallError {
            endpoint: endpoint.clone(),
            status,
            body: e.to_string(),
        })?;
        R::IncomingResponse::try_from_http_response(response).map_err(|_| CallError {
            endpoint,
            status,
            body: String::from_utf8_lossy(&body).chars().take(600).collect(),
        })
    }

    /// Sends a request that ruma has no type for (Synapse's admin API): JSON in, JSON out.
    pub fn call_json(&self, who: &Caller, method: &str, path: &str, body: &Value) -> Result<Value, CallError> {
        let mut builder = http::Request::builder()
            .method(method)
            .uri(format!("{}{}", who.base, path))
            .header("Content-Type", "application/json");
        if let Some(t) = &who.token {
            builder = builder.header("Authorization", format!("Bearer {t}"));
        }
        let request = builder.body(serde_json::to_vec(body).unwrap_or_default()).map_err(|e| CallError {
            endpoint: path.to_owned(),
            status: 0,
            body: e.to_string(),
        })?;
        let (status, bytes) = self.send(who, request)?;
        if status >= 400 {
            return Err(CallError {
                endpoint: path.to_owned(),
                status,
                body: String::from_utf8_lossy(&bytes).chars().take(600).collect(),
            });
        }
        Ok(serde_json::from_slice(&bytes).unwrap_or(Value::Null))
    }

    fn send(&self, who: &Caller, mut request: http::Request<Vec<u8>>) -> Result<(u16, Vec<u8>), CallError> {
        let endpoint = request.uri().path().to_owned();
        let headers = request.headers_mut();
        for (name, value) in [("x-forwarded-for", who.ip.as_str()), ("user-agent", who.user_agent.as_str())] {
            if let Ok(v) = http::HeaderValue::from_str(value) {
                headers.insert(name, v);
            }
        }
        let mut response = self.agent.run(request).map_err(|e| CallError {
            endpoint: endpoint.clone(),
            status: 0,
            body: e.to_string(),
        })?;
        let status = response.status().as_u16();
        let bytes = response.body_mut().read_to_vec().map_err(|e| CallError {
            endpoint: endpoint.clone(),
            status,
            body: e.to_string(),
        })?;
        Ok((status, bytes))
    }
}
