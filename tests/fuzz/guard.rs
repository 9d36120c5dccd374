//! Runs a check on each input on a worker thread, with a deadline, and turns
//! panics, hangs and failed properties into findings: each saved under
//! `target/fuzz-findings/`, shrunk when it can be, and listed with its bytes.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

/// A property of one input: `Err` names what failed (first line: the kind of
/// failure, the same for every input that fails the same way; then details).
pub type Check = fn(&[u8]) -> Result<(), String>;

const WORKER: &str = "fuzz-worker";

thread_local! {
    /// Where and why the last panic on this thread happened.
    static LAST_PANIC: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// Panics on worker threads are findings, reported once each; others print as usual.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name().is_some_and(|n| n.starts_with(WORKER)) {
                let at = info.location().map_or_else(|| "unknown place".to_owned(), |l| format!("{}:{}", l.file(), l.line()));
                let message = info.payload_as_str().unwrap_or("(no message)").to_owned();
                LAST_PANIC.with(|p| *p.borrow_mut() = Some((at, message)));
            } else {
                previous(info);
            }
        }));
    });
}

struct Worker {
    jobs: Sender<Arc<Vec<u8>>>,
    results: Receiver<Result<(), String>>,
}

impl Worker {
    fn start(name: &str, check: Check) -> Worker {
        let (jobs, job_rx) = channel::<Arc<Vec<u8>>>();
        let (result_tx, results) = channel();
        std::thread::Builder::new()
            .name(format!("{WORKER}-{name}"))
            // Deep nesting recurses in serde_json (bounded at 128) and in our own code.
            .stack_size(64 << 20)
            .spawn(move || {
                for input in job_rx {
                    let r = std::panic::catch_unwind(|| check(&input)).unwrap_or_else(|_| {
                        let (at, message) = LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_default();
                        Err(format!("panic at {at}\n{message}"))
                    });
                    if result_tx.send(r).is_err() {
                        break;
                    }
                }
            })
            .expect("a worker thread starts");
        Worker { jobs, results }
    }
}

/// One failure kind and the smallest input seen to cause it.
struct Finding {
    count: usize,
    message: String,
    input: Arc<Vec<u8>>,
    file: PathBuf,
}

pub struct Target {
    pub name: &'static str,
    check: Check,
    worker: Option<Worker>,
    pub execs: u64,
    /// Time spent in `run`: the target's share of a run that interleaves several.
    busy: Duration,
    /// By kind (the first line of the message).
    findings: HashMap<String, Finding>,
    /// Kinds in the order found.
    order: Vec<String>,
    /// After a hang the worker is lost (it may still spin): the target stops.
    pub stopped: bool,
    /// Instead of `deadline`'s (for the harness's own test).
    deadline: Option<Duration>,
    /// Prints findings and the summary as they come (not in the harness's own test).
    loud: bool,
}

/// How long one input may take before it counts as a hang: 5 s in a debug
/// build, plus time for each megabyte. As long in release, and more per
/// megabyte: slowness that is not a hang is for the targets' own time limits
/// to report (a hang stops the target).
fn deadline(len: usize) -> Duration {
    let base = std::env::var("CHRONOLENS_FUZZ_DEADLINE_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(5000);
    let per_mb = if cfg!(debug_assertions) { 5000 } else { 4000 };
    Duration::from_millis(base + per_mb * (len as u64 >> 20))
}

pub fn findings_dir() -> PathBuf {
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"), PathBuf::from);
    target.join("fuzz-findings")
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

/// The bytes as a Rust byte string, cut after `max` bytes.
pub fn escaped(bytes: &[u8], max: usize) -> String {
    let mut s = String::from("b\"");
    for &b in &bytes[..bytes.len().min(max)] {
        s.extend(std::ascii::escape_default(b).map(char::from));
    }
    s.push('"');
    if bytes.len() > max {
        s.push_str(&format!(" … ({} bytes in all)", bytes.len()));
    }
    s
}

fn kind_of(message: &str) -> String {
    message.lines().next().unwrap_or("").to_owned()
}

impl Target {
    pub fn new(name: &'static str, check: Check) -> Target {
        install_panic_hook();
        Target {
            name,
            check,
            worker: None,
            execs: 0,
            busy: Duration::ZERO,
            findings: HashMap::new(),
            order: Vec::new(),
            stopped: false,
            deadline: None,
            loud: true,
        }
    }

    /// A fixed deadline and nothing printed: for the harness's own test.
    pub fn quiet_with_deadline(mut self, d: Duration) -> Target {
        self.deadline = Some(d);
        self.loud = false;
        self
    }

    /// Runs the check on `input` within its deadline; `Err` is the failure message.
    fn attempt(&mut self, input: &Arc<Vec<u8>>) -> Result<(), String> {
        let worker = self.worker.get_or_insert_with(|| Worker::start(self.name, self.check));
        worker.jobs.send(Arc::clone(input)).expect("the worker is alive");
        self.execs += 1;
        let deadline = self.deadline.unwrap_or_else(|| deadline(input.len()));
        match worker.results.recv_timeout(deadline) {
            Ok(r) => r,
            Err(RecvTimeoutError::Timeout) => {
                // The worker is stuck: leave it behind.
                self.worker = None;
                self.stopped = true;
                Err(format!("hang: no answer within {:.1} s", deadline.as_secs_f64()))
            }
            Err(RecvTimeoutError::Disconnected) => {
                self.worker = None;
                Err("worker died (abort or stack overflow?)".to_owned())
            }
        }
    }

    /// Checks one input; a failure is recorded (and shrunk the first time it is seen).
    pub fn run(&mut self, input: Vec<u8>) -> bool {
        if self.stopped {
            return false;
        }
        let t0 = Instant::now();
        let input = Arc::new(input);
        let ok = match self.attempt(&input) {
            Ok(()) => true,
            Err(message) => {
                let kind = kind_of(&message);
                let new = !self.findings.contains_key(&kind);
                let (input, message) = if new && !self.stopped { self.shrink(input, message) } else { (input, message) };
                self.record(kind, message, input);
                false
            }
        };
        self.busy += t0.elapsed();
        ok
    }

    /// A smaller input that fails the same way: cuts out ever smaller chunks while
    /// the failure stays (a few seconds at most).
    fn shrink(&mut self, mut input: Arc<Vec<u8>>, mut message: String) -> (Arc<Vec<u8>>, String) {
        let kind = kind_of(&message);
        let until = Instant::now() + Duration::from_secs(if input.len() > 1 << 20 { 20 } else { 5 });
        let mut chunk = input.len() / 2;
        while chunk > 0 && Instant::now() < until && !self.stopped {
            let mut at = 0;
            let mut cut_any = false;
            while at < input.len() && Instant::now() < until {
                let end = (at + chunk).min(input.len());
                let mut smaller = Vec::with_capacity(input.len() - (end - at));
                smaller.extend_from_slice(&input[..at]);
                smaller.extend_from_slice(&input[end..]);
                let smaller = Arc::new(smaller);
                match self.attempt(&smaller) {
                    Err(m) if kind_of(&m) == kind => {
                        input = smaller;
                        message = m;
                        cut_any = true;
                    }
                    Err(m) if self.stopped => {
                        // A hang while shrinking: a finding of its own.
                        self.record(kind_of(&m), m, smaller);
                        return (input, message);
                    }
                    _ => at += chunk,
                }
            }
            if !cut_any {
                chunk /= 2;
            }
        }
        (input, message)
    }

    fn record(&mut self, kind: String, message: String, input: Arc<Vec<u8>>) {
        match self.findings.get_mut(&kind) {
            Some(f) => {
                f.count += 1;
                if input.len() < f.input.len() {
                    f.file = save(self.name, &input);
                    f.input = input;
                    f.message = message;
                }
            }
            None => {
                let file = save(self.name, &input);
                let _ = self.loud
                    && writeln!(
                        std::io::stderr(),
                        "fuzz {}: FINDING {}\n  input ({} bytes) saved to {}\n  {}",
                        self.name,
                        message.replace('\n', "\n  "),
                        input.len(),
                        file.display(),
                        escaped(&input, 400)
                    )
                    .is_ok();
                self.order.push(kind.clone());
                self.findings.insert(kind, Finding { count: 1, message, input, file });
            }
        }
    }

    pub fn findings(&self) -> usize {
        self.findings.values().map(|f| f.count).sum()
    }

    /// Prints the summary line; the report of every finding, or `None`.
    pub fn finish(self) -> Option<String> {
        let secs = self.busy.as_secs_f64();
        let _ = self.loud
            && writeln!(
                std::io::stderr(),
                "fuzz {}: {} executions in {:.1} s ({:.0}/s), {} findings ({} kinds){}",
                self.name,
                self.execs,
                secs,
                self.execs as f64 / secs.max(1e-9),
                self.findings(),
                self.findings.len(),
                if self.stopped { ", stopped after a hang" } else { "" }
            )
            .is_ok();
        if self.findings.is_empty() {
            return None;
        }
        let mut report = String::new();
        for kind in &self.order {
            let f = &self.findings[kind];
            report.push_str(&format!(
                "\n[{}] {} (×{})\n  input: {} bytes, saved to {}\n  bytes: {}\n",
                self.name,
                f.message.replace('\n', "\n  "),
                f.count,
                f.input.len(),
                f.file.display(),
                escaped(&f.input, 2000)
            ));
        }
        Some(report)
    }
}

fn save(target: &str, input: &[u8]) -> PathBuf {
    let dir = findings_dir();
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("{target}-{:016x}.bin", fnv(input)));
    if let Err(e) = std::fs::write(&path, input) {
        let _ = writeln!(std::io::stderr(), "fuzz {target}: cannot save a finding to {}: {e}", path.display());
    }
    path
}

/// Fails the test with every report, if there is any.
pub fn fail_on(reports: Vec<Option<String>>) {
    let all: Vec<String> = reports.into_iter().flatten().collect();
    if !all.is_empty() {
        panic!("the fuzz harness found problems (inputs under {}):{}", findings_dir().display(), all.join(""));
    }
}
