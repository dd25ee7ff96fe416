//! Client-side throttling to the Astro API's documented per-token limits (about 10 POST/s,
//! 5 DELETE/s, 25 GET/s): a script that deletes 200 tokens should pace itself, not collect 429s.
//! A token bucket per method class on tokio time, so tests with a paused clock see the pacing.

use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::Instant;

/// Which limit a request counts against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MethodClass {
    /// Reads: `GET` and `HEAD`.
    Get,
    /// Writes other than deletes: `POST`, `PUT`, `PATCH`.
    Post,
    /// `DELETE`, which the API limits hardest.
    Delete,
}

impl MethodClass {
    /// The class a request of `method` counts against.
    pub(crate) fn of(method: &reqwest::Method) -> MethodClass {
        match *method {
            reqwest::Method::GET | reqwest::Method::HEAD => MethodClass::Get,
            reqwest::Method::DELETE => MethodClass::Delete,
            _ => MethodClass::Post,
        }
    }
}

/// Requests per second for each class; `0` turns a class's throttling off.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimits {
    /// `GET` (and `HEAD`) requests per second (documented: 25).
    pub get: f64,
    /// `POST`, `PUT` and `PATCH` requests per second (documented: 10).
    pub post: f64,
    /// `DELETE` requests per second (documented: 5).
    pub delete: f64,
}

impl Default for RateLimits {
    /// The limits the Astro API overview documents per token.
    fn default() -> Self {
        RateLimits {
            get: 25.0,
            post: 10.0,
            delete: 5.0,
        }
    }
}

impl RateLimits {
    /// No client-side throttling.
    pub const OFF: RateLimits = RateLimits {
        get: 0.0,
        post: 0.0,
        delete: 0.0,
    };
}

#[derive(Debug)]
struct Bucket {
    rate: f64,
    state: Mutex<(f64, Option<Instant>)>,
}

impl Bucket {
    fn new(rate: f64) -> Bucket {
        // A full bucket of one second's worth: a short burst goes out at once.
        Bucket {
            rate,
            state: Mutex::new((rate, None)),
        }
    }

    /// Waits until one request may go. Holding the lock across the sleep keeps callers in line.
    async fn acquire(&self) {
        if self.rate <= 0.0 {
            return;
        }
        let mut state = self.state.lock().await;
        let now = Instant::now();
        let (tokens, last) = &mut *state;
        if let Some(then) = last {
            *tokens =
                (*tokens + now.duration_since(*then).as_secs_f64() * self.rate).min(self.rate);
        }
        *last = Some(now);
        if *tokens < 1.0 {
            let wait = Duration::from_secs_f64((1.0 - *tokens) / self.rate);
            tokio::time::sleep(wait).await;
            *tokens = 1.0;
            *last = Some(Instant::now());
        }
        *tokens -= 1.0;
    }
}

/// One bucket per method class, shared by every request of a client (and its clones).
#[derive(Debug)]
pub(crate) struct Limiter {
    get: Bucket,
    post: Bucket,
    delete: Bucket,
}

impl Limiter {
    /// A limiter that starts with a full second's allowance for each class.
    pub(crate) fn new(limits: RateLimits) -> Limiter {
        Limiter {
            get: Bucket::new(limits.get),
            post: Bucket::new(limits.post),
            delete: Bucket::new(limits.delete),
        }
    }

    /// Waits for the class's turn.
    pub(crate) async fn acquire(&self, class: MethodClass) {
        match class {
            MethodClass::Get => self.get.acquire().await,
            MethodClass::Post => self.post.acquire().await,
            MethodClass::Delete => self.delete.acquire().await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn paces_each_class_to_its_rate() {
        let limiter = Limiter::new(RateLimits::default());
        let start = Instant::now();
        // 5 DELETE/s: the first five are a burst, the next five take one more second.
        for _ in 0..10 {
            limiter.acquire(MethodClass::Delete).await;
        }
        let elapsed = start.elapsed();
        assert!(
            elapsed >= Duration::from_millis(990) && elapsed <= Duration::from_millis(1100),
            "{elapsed:?}"
        );
        // GETs have their own bucket, still full.
        let start = Instant::now();
        for _ in 0..25 {
            limiter.acquire(MethodClass::Get).await;
        }
        assert!(start.elapsed() < Duration::from_millis(5));
    }

    #[tokio::test(start_paused = true)]
    async fn off_never_waits() {
        let limiter = Limiter::new(RateLimits::OFF);
        let start = Instant::now();
        for _ in 0..100 {
            limiter.acquire(MethodClass::Post).await;
        }
        assert_eq!(start.elapsed(), Duration::ZERO);
    }
}
