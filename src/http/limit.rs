//! Client-side throttling to the Astro API's documented per-token limits (about 10 POST/s,
//! 5 DELETE/s, 25 GET/s): a script that deletes 200 tokens should pace itself, not collect 429s.
//! A token bucket per method class; its arithmetic takes the time as an argument, so tests check
//! the pacing without waiting or a paused clock.

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
    state: Mutex<Tokens>,
}

/// What a bucket holds between requests.
#[derive(Debug)]
struct Tokens {
    left: f64,
    last: Option<Instant>,
}

impl Tokens {
    /// Takes one token at `now` for a bucket of `rate` per second, and says how long the caller
    /// must wait before sending (zero when a token was there). A caller that waits is counted as
    /// sending at `now + wait`.
    fn take(&mut self, rate: f64, now: Instant) -> Duration {
        if let Some(then) = self.last {
            self.left =
                (self.left + now.saturating_duration_since(then).as_secs_f64() * rate).min(rate);
        }
        if self.left >= 1.0 {
            self.left -= 1.0;
            self.last = Some(now);
            return Duration::ZERO;
        }
        let wait = Duration::from_secs_f64((1.0 - self.left) / rate);
        self.left = 0.0;
        self.last = Some(now + wait);
        wait
    }
}

impl Bucket {
    fn new(rate: f64) -> Bucket {
        // A full bucket of one second's worth: a short burst goes out at once.
        Bucket {
            rate,
            state: Mutex::new(Tokens {
                left: rate,
                last: None,
            }),
        }
    }

    /// Waits until one request may go. Holding the lock across the sleep keeps callers in line.
    async fn acquire(&self) {
        if self.rate <= 0.0 {
            return;
        }
        let mut tokens = self.state.lock().await;
        let wait = tokens.take(self.rate, Instant::now());
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
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

    /// The total wait of `n` requests sent back to back at `rate` per second, the clock moving
    /// only by the waits.
    fn waited(rate: f64, n: usize) -> Duration {
        let mut tokens = Tokens {
            left: rate,
            last: None,
        };
        let start = Instant::now();
        let mut now = start;
        for _ in 0..n {
            now += tokens.take(rate, now);
        }
        now - start
    }

    #[test]
    fn paces_each_class_to_its_rate() {
        // 5 DELETE/s: the first five are a burst, the next five take one more second.
        let delete = waited(RateLimits::default().delete, 10);
        assert!(
            delete >= Duration::from_millis(999) && delete <= Duration::from_millis(1001),
            "{delete:?}"
        );
        // 25 GET/s: a burst of 25 waits for nothing.
        assert_eq!(waited(RateLimits::default().get, 25), Duration::ZERO);
        // A bucket refills with time: after a second's pause the next five DELETEs go at once.
        let mut tokens = Tokens {
            left: 0.0,
            last: Some(Instant::now()),
        };
        let later = Instant::now() + Duration::from_secs(1);
        for _ in 0..5 {
            assert_eq!(tokens.take(5.0, later), Duration::ZERO);
        }
        assert!(tokens.take(5.0, later) > Duration::ZERO);
    }

    #[tokio::test]
    async fn classes_have_their_own_buckets_and_off_never_counts() {
        let limiter = Limiter::new(RateLimits::default());
        for _ in 0..5 {
            limiter.acquire(MethodClass::Delete).await;
        }
        // DELETEs spent their burst; GETs still have all of theirs.
        assert!(limiter.delete.state.lock().await.left < 1.0);
        assert_eq!(limiter.get.state.lock().await.left, 25.0);
        let off = Limiter::new(RateLimits::OFF);
        for _ in 0..100 {
            off.acquire(MethodClass::Post).await;
        }
        assert!(off.post.state.lock().await.last.is_none());
    }
}
