//! `chronolens bench FILE`: loads a dataset, then runs the real timeline widget
//! headlessly (an `egui::Context`, no window, no GPU) over a fixed script of
//! views and motions, and prints frame times, triangles, load speed per stage
//! (next to Python's `json.load` of the same file) and peak memory.
//!
//! A frame is what the app does on the CPU for the timeline: `Context::run_ui`
//! (input handling, layout, painting through `timeline_ui`) plus
//! `Context::tessellate`. Uploading and drawing on the GPU is not included.

use crate::args::{checked, number};
use crate::model::load::LoadTimings;
use crate::model::time::{DAY, HOUR};
use crate::model::{Loaded, load_path};
use crate::render::paint::plot_rect;
use crate::render::style::lane_colors;
use crate::timeline::TimeView;
use crate::ui::timeline::{TimelineArgs, TimelineState, timeline_ui};
use egui::{Color32, Pos2, Rect, Vec2, vec2};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Time loading FILE and drawing its timeline headlessly; print frame and load figures.
///
/// Loads FILE, then runs the real timeline widget headlessly (no window, no GPU) over a
/// fixed script of views and motions, and prints frame times, triangles, load speed per
/// stage (next to Python's json.load of the same file) and peak memory.
#[derive(Debug, Clone, clap::Parser)]
#[command(name = "bench", bin_name = "chronolens bench", args_override_self = true)]
pub struct BenchArgs {
    /// The dataset to load and draw
    pub file: PathBuf,
    /// Frames measured at each still view; each motion takes twice as many
    #[arg(long, value_name = "N", default_value_t = Options::default().frames, value_parser = checked(number::<usize>))]
    pub frames: usize,
    /// Logical size of the window the timeline fills, at least 300x200 [default: 1440x860]
    #[arg(long, value_name = "WxH", value_parser = checked(window_size))]
    pub size: Option<Vec2>,
    /// Leave out the time of Python's json.load of the same file
    #[arg(long)]
    pub no_python: bool,
    /// Changes timed of each kind (accept, reject, ...); 0: none
    #[arg(long, value_name = "N", default_value_t = Options::default().edits, value_parser = checked(number::<usize>))]
    pub edits: usize,
    /// Only the load and the edit rows (no frames, search or cancel rows)
    #[arg(long)]
    pub only_edits: bool,
}

impl BenchArgs {
    pub fn options(&self) -> Options {
        let frames = self.frames.max(1);
        Options {
            frames,
            motion_frames: frames * 2,
            size: self.size.unwrap_or(Options::default().size),
            python: !self.no_python,
            edits: self.edits,
            only_edits: self.only_edits,
        }
    }
}

fn window_size(flag: &str, v: &str) -> Result<Vec2, String> {
    let (w, h) = v.split_once('x').ok_or_else(|| format!("{flag} expects WxH, not `{v}`"))?;
    let (w, h): (f32, f32) = (w.parse().map_err(|_| format!("bad width `{w}`"))?, h.parse().map_err(|_| format!("bad height `{h}`"))?);
    if !(w >= 300.0 && h >= 200.0) {
        return Err(format!("{flag} must be at least 300x200"));
    }
    Ok(vec2(w, h))
}

/// How a run is set up.
#[derive(Debug, Clone)]
pub struct Options {
    /// Frames measured at each still view.
    pub frames: usize,
    /// Frames of each continuous motion (twice `frames` by default).
    pub motion_frames: usize,
    /// Logical size of the window the timeline fills.
    pub size: Vec2,
    pub python: bool,
    /// Changes timed of each kind (accept, reject, ...); 0: none.
    pub edits: usize,
    /// Only the load and the edit rows (no frames, search or cancel rows).
    pub only_edits: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self { frames: 60, motion_frames: 120, size: vec2(1440.0, 860.0), python: true, edits: 200, only_edits: false }
    }
}

/// `chronolens bench …`
pub fn command(args: &BenchArgs) -> ExitCode {
    let (file, opts) = (args.file.clone(), args.options());
    if cfg!(debug_assertions) {
        println!("warning: this is a debug build; build with `cargo build --release` for meaningful figures\n");
    }
    let hwm_before = memory_kb("VmHWM:");
    let load_avg = load_average();
    let cpu_before = process_cpu_secs();
    let loaded = match load_path(&file) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(if e.unreadable { 2 } else { 1 });
        }
    };
    let load_cpu = process_cpu_secs().zip(cpu_before).map(|(a, b)| a - b);
    let hwm_load = memory_kb("VmHWM:");
    let rss_load = memory_kb("VmRSS:");

    print_data(&file, &loaded, &load_avg);
    let rows = if opts.only_edits { Vec::new() } else { run_script(&loaded, &opts) };
    print_frames(&rows, &opts);
    let all = print_load_stages(&file, &loaded.timings, load_cpu, opts.python);
    print_memory(loaded.timings.bytes, hwm_before, hwm_load, rss_load);
    reopen(&file, &loaded);
    if !opts.only_edits {
        println!();
        search_and_match(&loaded);
        println!();
        cancel_latency(&file, all);
        println!();
        save_while_drawing(&loaded, &opts);
    }
    println!();
    print_edit_rows(loaded, opts.edits);
    println!("load average after: {}", load_average());
    ExitCode::SUCCESS
}

/// The heading: the file, the machine and what the data holds.
fn print_data(file: &Path, loaded: &Loaded, load_avg: &str) {
    let d = &loaded.dataset;
    let mb = loaded.timings.bytes as f64 / 1e6;
    println!("chronolens bench {}", file.display());
    println!("machine: {}", machine());
    println!("load average before: {load_avg} (other work on the machine slows every figure below)");
    println!(
        "data:    {:.1} MB, {} events ({} undated), {} lanes, {} articles, {} sources",
        mb,
        d.events.len(),
        loaded.index.undated.len(),
        d.lanes.len(),
        d.articles.len(),
        d.events.iter().map(|e| e.sources.len()).sum::<usize>()
    );
}

/// The frame times of each view of the script.
fn print_frames(rows: &[Row], opts: &Options) {
    println!();
    println!("frames   CPU per frame = egui run_ui (timeline_ui) + tessellate; window {}x{} pt at 1 px/pt", opts.size.x, opts.size.y);
    println!(
        "  {:<30} {:>6} {:>8} {:>8} {:>8} {:>10} {:>7} {:>8}",
        "view", "frames", "p50 ms", "p95 ms", "max ms", "triangles", "marks", "buckets"
    );
    for r in rows {
        println!(
            "  {:<30} {:>6} {:>8.2} {:>8.2} {:>8.2} {:>10} {:>7} {:>8}",
            r.name,
            r.times.len(),
            ms(percentile(&r.times, 0.50)),
            ms(percentile(&r.times, 0.95)),
            ms(percentile(&r.times, 1.0)),
            r.triangles,
            r.marks,
            r.buckets
        );
    }
    let worst = rows.iter().map(|r| percentile(&r.times, 0.95)).max().unwrap_or_default();
    println!("  worst p95: {:.2} ms", ms(worst));
}

/// Each stage of the load, with Python's json.load for comparison; returns the whole load's time.
fn print_load_stages(file: &Path, t: &LoadTimings, load_cpu: Option<f64>, python: bool) -> Duration {
    let mb = t.bytes as f64 / 1e6;
    println!();
    println!("load     {:.1} MB", mb);
    let rate = |d: Duration| if d.is_zero() { f64::INFINITY } else { mb / d.as_secs_f64() };
    let stage = |name: &str, d: Duration| println!("  {:<26} {:>8.3} s {:>9.1} MB/s", name, d.as_secs_f64(), rate(d));
    stage("read", t.read);
    stage("parse", t.parse);
    stage("validate", t.validate);
    stage("index", t.index);
    let pvi = t.parse + t.validate + t.index;
    let all = t.read + pvi;
    stage("parse+validate+index", pvi);
    stage("read+parse+validate+index", all);
    if let Some(cpu) = load_cpu {
        println!("  CPU time of the whole load: {cpu:.2} s on {} threads' worth of wall time {:.2} s", threads(), all.as_secs_f64());
    }
    if python {
        match python_json_load(file) {
            Ok(py) => {
                stage("python3 json.load", py);
                println!(
                    "  speed-up vs python3 json.load: {:.2}x (parse+validate+index), {:.2}x (read+parse+validate+index)",
                    py.as_secs_f64() / pvi.as_secs_f64(),
                    py.as_secs_f64() / all.as_secs_f64()
                );
            }
            Err(msg) => println!("  {msg}"),
        }
    }
    all
}

/// Peak and resident memory against the file's size.
fn print_memory(bytes: u64, hwm_before: Option<u64>, hwm_load: Option<u64>, rss_load: Option<u64>) {
    println!();
    let file_mb = bytes as f64 / (1 << 20) as f64;
    let show = |name: &str, kb: Option<u64>| match kb {
        Some(kb) => {
            let m = kb as f64 / 1024.0;
            println!("  {:<26} {:>8.1} MiB = {:.2}x file size", name, m, m / file_mb.max(1e-9));
        }
        None => println!("  {:<26} unavailable (no /proc/self/status)", name),
    };
    println!("memory   file {:.1} MiB", file_mb);
    show("peak before loading", hwm_before);
    show("peak after loading", hwm_load);
    show("resident after loading", rss_load);
    show("peak after the frames", memory_kb("VmHWM:"));
}

/// Reopening the same file (issue 12), with a cache folder of its own (a
/// temporary one, removed after): a full load that writes the cache (what
/// writing it adds to the load, and how long the disk writes go on after),
/// the cache file's size, then three reopens from it (warm page cache), each
/// with its wall and CPU time. Also says whether the load above came from
/// the cache of the environment (a load from a cache validates nothing).
/// Peak memory of a reopen: run bench again (its load is then one).
fn reopen(file: &Path, loaded: &Loaded) {
    use crate::model::cache::{self, CacheConfig};
    use crate::model::load::load_path_cached;
    use crate::model::progress::LoadProgress;
    println!();
    let env = CacheConfig::from_env();
    let from_cache = loaded.timings.validate.is_zero() && env.applies(loaded.timings.bytes);
    println!("reopen   the load above {}", if from_cache { "came from the cache" } else { "was a full load" });
    cache::wait_for_writes();
    let dir = std::env::temp_dir().join(format!("chronolens-bench-cache-{}", std::process::id()));
    let cfg = CacheConfig { dir: Some(dir.clone()), ..CacheConfig::from_vars(|_| None) };
    if !cfg.applies(loaded.timings.bytes) {
        println!("  not cached: files under {} MB load in full", cfg.min_bytes >> 20);
        return;
    }
    let stages = |t: &LoadTimings| t.read + t.parse + t.validate + t.index;
    let t = Instant::now();
    match load_path_cached(file, &LoadProgress::default(), &cfg) {
        Ok((first, outcome)) => {
            let wall = t.elapsed();
            let t = Instant::now();
            let written = cache::wait_for_writes();
            println!(
                "  first load {:.3} s wall ({outcome:?}): its stages {:.3} s, encoding the cache {:.3} s more; disk writes went on {:.3} s after",
                wall.as_secs_f64(),
                stages(&first.timings).as_secs_f64(),
                wall.saturating_sub(stages(&first.timings)).as_secs_f64(),
                t.elapsed().as_secs_f64()
            );
            for w in written.into_iter().filter_map(|w| w.err()) {
                println!("  cache not written: {w}");
            }
            drop(first);
        }
        Err(e) => {
            println!("  first load: {e}");
            return;
        }
    }
    let cache_file = std::fs::canonicalize(file).ok().and_then(|c| cfg.file_for(&c));
    match cache_file.as_ref().and_then(|f| std::fs::metadata(f).ok()) {
        Some(m) => {
            println!("  cache file {:.1} MB = {:.2}x the file", m.len() as f64 / 1e6, m.len() as f64 / loaded.timings.bytes.max(1) as f64)
        }
        None => println!("  no cache file"),
    }
    for run in 1..=3 {
        let cpu = process_cpu_secs();
        let t = Instant::now();
        match load_path_cached(file, &LoadProgress::default(), &cfg) {
            Ok((again, outcome)) => {
                let wall = t.elapsed();
                let cpu = process_cpu_secs().zip(cpu).map_or(f64::NAN, |(a, b)| a - b);
                let s = &again.timings;
                println!(
                    "  reopen {run}: {:.3} s wall, {cpu:.2} s CPU ({outcome:?}; hashing the file {:.3} s, decoding after it {:.3} s, index {:.3} s)",
                    wall.as_secs_f64(),
                    s.read.as_secs_f64(),
                    s.parse.as_secs_f64(),
                    s.index.as_secs_f64()
                );
                drop(again);
            }
            Err(e) => println!("  reopen {run}: {e}"),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Saving as the window does with large data: on a thread (to a temporary
/// file, removed after), while frames are drawn on this one. Prints the time
/// to write and the frames drawn meanwhile.
fn save_while_drawing(data: &Loaded, opts: &Options) {
    let dir = std::env::temp_dir().join(format!("chronolens-bench-save-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        println!("save     skipped: {}: {e}", dir.display());
        return;
    }
    let path = dir.join("saved.json");
    let written = std::sync::atomic::AtomicUsize::new(0);
    let mut bench = Harness::new(data, opts.size);
    let mut frames = Vec::new();
    let started = Instant::now();
    let result = std::thread::scope(|s| {
        let job = s.spawn(|| crate::model::save::save_observed(&data.dataset, &path, &written));
        while !job.is_finished() {
            frames.push(bench.frame().time);
        }
        job.join()
    });
    let took = started.elapsed();
    std::fs::remove_dir_all(&dir).ok();
    match result {
        Ok(Ok(fp)) => {
            println!(
                "save     {:.1} MB written in {:.2} s ({:.0} MB/s) on a background thread, as the window does from {} events",
                fp.len as f64 / 1e6,
                took.as_secs_f64(),
                fp.len as f64 / 1e6 / took.as_secs_f64().max(1e-9),
                crate::render::style::thousands(crate::ui::app::BACKGROUND_SAVE_EVENTS)
            );
            let at = |q| ms(percentile(&frames, q));
            println!("  frames drawn meanwhile: {}, p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms", frames.len(), at(0.5), at(0.95), at(1.0));
        }
        Ok(Err(e)) => println!("save     failed: {e}"),
        Err(_) => println!("save     failed: the saving thread panicked"),
    }
}

/// A whole search of the data for a rare and a common word (what a keystroke
/// in the search box costs; on large data it runs off the window's thread),
/// and matching a new article's drafts against every event (import, --merge).
fn search_and_match(data: &crate::model::Loaded) {
    use crate::corroborate::{MergeMode, arrival::corroborate};
    use std::sync::atomic::AtomicBool;
    let never = AtomicBool::new(false);
    // The arena of folded text the window builds once the data is loaded (on threads).
    let t0 = Instant::now();
    let arena = crate::search::Arena::build(data, &never);
    let built = t0.elapsed();
    let queries = bench_queries(data);
    match &arena {
        Some(a) => {
            let mib = |b: usize| b as f64 / (1 << 20) as f64;
            let (events, paragraphs) = a.text_bytes();
            println!(
                "search   arena of folded text built in {:.1} ms (2 threads), {:.1} MiB ({:.1} bytes per event): event text {:.1} MiB, paragraphs {:.1} MiB, tables {:.1} MiB",
                ms(built),
                mib(a.bytes()),
                a.bytes() as f64 / data.dataset.events.len().max(1) as f64,
                mib(events),
                mib(paragraphs),
                mib(a.bytes() - events - paragraphs)
            );
        }
        None => println!("search   no arena (too large for 32-bit offsets): the plain search only"),
    }
    println!("  a whole search of titles, actors, tags, notes, quotes and cited paragraphs:");
    println!("  the window's (arena, 2 threads; min / median / max of 5) and the plain one (one run)");
    for q in &queries {
        let mut times = Vec::new();
        let mut found = 0;
        if let Some(a) = &arena {
            for _ in 0..5 {
                let t0 = Instant::now();
                found = crate::search::run::search_arena(data, a, q, &never).map_or(0, |h| h.events.len());
                times.push(t0.elapsed());
            }
            times.sort();
        }
        let t0 = Instant::now();
        let plain = crate::search::run::search(data, q, &never).map_or(0, |h| h.events.len());
        let plain_t = t0.elapsed();
        let same = if arena.is_none() || plain == found { "" } else { "  DIFFERENT COUNT" };
        if times.is_empty() {
            println!("  {:<12} {:>9} hits  plain {:>7.1} ms", format!("\"{q}\""), plain, ms(plain_t));
        } else {
            println!(
                "  {:<12} {:>9} hits {:>7.1} / {:>7.1} / {:>7.1} ms  plain {:>7.1} ms{same}",
                format!("\"{q}\""),
                found,
                ms(times[0]),
                ms(times[2]),
                ms(times[4]),
                ms(plain_t)
            );
        }
    }
    if let Some(a) = arena {
        search_while_drawing(data, &a, &queries);
    }
    // Ten drafts like a new article's, copied from events spread over the data.
    let n = data.dataset.events.len();
    if n == 0 {
        return;
    }
    let mut drafts: Vec<crate::model::Event> = (0..10).map(|k| (*data.dataset.events[k * n / 10]).clone()).collect();
    for (k, d) in drafts.iter_mut().enumerate() {
        d.id = format!("bench-draft-{k}").into();
        for s in &mut d.sources {
            s.article = format!("bench-article-{k}").into(); // another article: eligible to match
        }
    }
    let t0 = Instant::now();
    let out = corroborate(&data.dataset, &data.index, &mut drafts, MergeMode::Propose);
    println!("match    10 drafts against every event (import with --merge propose): {:.1} ms, {} proposed", ms(t0.elapsed()), out.proposed);
}

/// The queries searched: a place, a common word, a prefix, a rare word and
/// a name taken from the data (the longest word of the middle event's title,
/// its actor), and a word in no event.
fn bench_queries(data: &crate::model::Loaded) -> Vec<String> {
    let mut qs: Vec<String> = ["brussels", "said", "zel"].map(String::from).to_vec();
    let n = data.dataset.events.len();
    if n > 0 {
        let ev = &data.dataset.events[n / 2];
        let title = crate::search::fold(&ev.title);
        if let Some(w) = title.split(|c: char| !c.is_alphanumeric()).max_by_key(|w| w.len()) {
            qs.push(w.to_owned());
        }
        if let Some(a) = &ev.actor {
            qs.push(crate::search::fold(a));
        }
    }
    qs.push("qqxzv".into());
    qs
}

/// Each query as the window runs a keystroke's search on large data: through
/// the arena on threads (what `SearchJob::spawn_arena` runs) while this thread
/// draws frames of the timeline. Prints the time until the results (the
/// list in time order and the count come together) and the frames drawn meanwhile.
fn search_while_drawing(data: &crate::model::Loaded, arena: &crate::search::Arena, queries: &[String]) {
    use std::sync::atomic::AtomicBool;
    println!("  keystroke: the window's search (`search_arena`, as its job runs it) on a thread while frames are drawn on this one");
    let never = AtomicBool::new(false);
    let mut bench = Harness::new(data, Options::default().size);
    for q in queries {
        let mut frames = Vec::new();
        let t0 = Instant::now();
        let (n, took) = std::thread::scope(|s| {
            let job = s.spawn(|| {
                let n = crate::search::run::search_arena(data, arena, q, &never).map_or(0, |h| h.events.len());
                (n, t0.elapsed())
            });
            while !job.is_finished() {
                frames.push(bench.frame().time);
            }
            job.join().unwrap_or_default()
        });
        let at = |p| ms(percentile(&frames, p));
        println!(
            "  {:<12} {:>9} hits after {:>7.1} ms; {} frames meanwhile, p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms, {} above 16 ms",
            format!("\"{q}\""),
            n,
            ms(took),
            frames.len(),
            at(0.5),
            at(0.95),
            at(1.0),
            frames.iter().filter(|t| t.as_secs_f64() > 0.016).count()
        );
    }
}

/// How soon a load stops after Cancel, at several points of a load that
/// takes `whole`: the time from `cancel()` until the loading thread ends.
fn cancel_latency(file: &Path, whole: Duration) {
    use crate::model::load::load_path_observed;
    use crate::model::progress::LoadProgress;
    println!("cancel   time from Cancel until the loading thread has stopped");
    let mut worst = Duration::ZERO;
    for share in [0.05, 0.2, 0.4, 0.6, 0.8, 0.95] {
        let progress = std::sync::Arc::new(LoadProgress::default());
        let observed = progress.clone();
        let path = file.to_path_buf();
        let worker = std::thread::spawn(move || load_path_observed(&path, &observed).is_ok());
        std::thread::sleep(whole.mul_f64(share));
        let stage = progress.stage().name();
        let t0 = Instant::now();
        progress.cancel();
        let finished_anyway = worker.join().unwrap_or(false);
        let took = t0.elapsed();
        worst = worst.max(took);
        let note = if finished_anyway { " (it had finished)" } else { "" };
        println!("  at {:>3.0}% ({stage:<10}) {:>8.1} ms{note}", share * 100.0, ms(took));
    }
    println!("  worst: {:.1} ms", ms(worst));
}

/// One line of the frame table.
#[derive(Debug, Clone)]
pub struct Row {
    pub name: String,
    pub times: Vec<Duration>,
    /// Most triangles in any frame of the row.
    pub triangles: usize,
    /// Most event marks in any frame of the row.
    pub marks: usize,
    /// Most density buckets in any frame of the row.
    pub buckets: usize,
}

/// An egui context driving the timeline widget, as the app does, without a window.
pub struct Harness<'a> {
    ctx: egui::Context,
    pub state: TimelineState,
    data: &'a Loaded,
    hidden: Vec<bool>,
    colors: Vec<Color32>,
    size: Vec2,
    time: f64,
    /// Where the pointer rests (over the plot, as while zooming with the wheel).
    pointer: Pos2,
    summaries: std::cell::RefCell<crate::corroborate::Summaries>,
}

/// What one frame cost and produced.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub time: Duration,
    pub triangles: usize,
    pub marks: usize,
    pub buckets: usize,
}

impl<'a> Harness<'a> {
    pub fn new(data: &'a Loaded, size: Vec2) -> Self {
        let ctx = egui::Context::default();
        let plot = plot_rect(Rect::from_min_size(Pos2::ZERO, size));
        Self {
            ctx,
            state: TimelineState::default(),
            data,
            hidden: vec![false; data.dataset.lanes.len()],
            colors: lane_colors(data),
            size,
            time: 0.0,
            pointer: plot.center(),
            summaries: Default::default(),
        }
    }

    /// Width of the plot (the timeline's time axis) in points.
    pub fn plot_width(&self) -> f64 {
        plot_rect(Rect::from_min_size(Pos2::ZERO, self.size)).width() as f64
    }

    pub fn frame(&mut self) -> Frame {
        self.time += 1.0 / 60.0;
        let raw = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, self.size)),
            time: Some(self.time),
            predicted_dt: 1.0 / 60.0,
            focused: true,
            events: vec![egui::Event::PointerMoved(self.pointer)],
            ..Default::default()
        };
        let args = TimelineArgs {
            data: self.data,
            hidden: &self.hidden,
            lane_colors: &self.colors,
            selected: None,
            matches: None,
            summaries: &self.summaries,
            keep: None,
            generation: 0,
        };
        let state = &mut self.state;
        let t0 = Instant::now();
        let out = self.ctx.run_ui(raw, |ui| {
            egui::CentralPanel::no_frame().show(ui, |ui| {
                timeline_ui(ui, state, &args);
            });
        });
        let egui::FullOutput { shapes, pixels_per_point, mut textures_delta, .. } = out;
        let prims = self.ctx.tessellate(shapes, pixels_per_point);
        let time = t0.elapsed();
        // No GPU: font-atlas updates are dropped (they would be uploaded, outside the CPU frame).
        textures_delta.clear();
        let triangles = prims
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(m) => m.indices.len() / 3,
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum();
        Frame { time, triangles, marks: self.state.drawn.marks.len(), buckets: self.state.drawn.clusters.len() }
    }
}

/// Starts of the dated events, in time order, read from the index as needed:
/// a list of them all would be 8 MB at a million events, which the window
/// never holds but the bench's "peak after the frames" would count.
struct Starts<'a>(&'a crate::model::index::EventIndex);

impl Starts<'_> {
    fn len(&self) -> usize {
        self.0.by_time.len()
    }
    fn at(&self, rank: usize) -> i64 {
        self.0.spans[self.0.by_time[rank] as usize].get().expect("dated").lo
    }
    fn first(&self) -> Option<i64> {
        (self.len() > 0).then(|| self.at(0))
    }
    fn last(&self) -> Option<i64> {
        (self.len() > 0).then(|| self.at(self.len() - 1))
    }
    /// How many start before `t`.
    fn before(&self, t: i64) -> usize {
        let (mut a, mut b) = (0, self.len());
        while a < b {
            let m = (a + b) / 2;
            if self.at(m) < t { a = m + 1 } else { b = m }
        }
        a
    }
}

fn starts(data: &Loaded) -> Starts<'_> {
    Starts(&data.index)
}

/// The middle of the busiest hour (most events starting in it), or the middle of the extent.
pub fn densest_hour(data: &Loaded) -> f64 {
    let starts = starts(data);
    let (mut best, mut best_at, mut j) = (0usize, None, 0usize);
    for i in 0..starts.len() {
        let t = starts.at(i);
        while t - starts.at(j) >= HOUR {
            j += 1;
        }
        if i + 1 - j > best {
            best = i + 1 - j;
            best_at = Some(starts.at(j));
        }
    }
    match (best_at, data.index.extent) {
        (Some(t), _) => t as f64 + HOUR as f64 / 2.0,
        (None, Some(s)) => (s.lo as f64 + s.hi as f64) / 2.0,
        (None, None) => TimeView::default().t0,
    }
}

/// The middle of a typical day: of the days from the middle of the extent on,
/// the first whose number of starting events is closest to the average day's.
pub fn typical_day(data: &Loaded) -> f64 {
    let starts = starts(data);
    let (Some(first), Some(last)) = (starts.first(), starts.last()) else { return densest_hour(data) };
    let (d0, d1) = (first.div_euclid(DAY), last.div_euclid(DAY));
    let mean = starts.len() as f64 / (d1 - d0 + 1) as f64;
    let mid = (d0 + d1) / 2;
    let count = |d: i64| starts.before((d + 1) * DAY) - starts.before(d * DAY);
    let best = (mid..=d1).chain(d0..mid).min_by(|&a, &b| {
        let (ea, eb) = ((count(a) as f64 - mean).abs(), (count(b) as f64 - mean).abs());
        ea.total_cmp(&eb)
    });
    best.map_or(densest_hour(data), |d| (d * DAY + DAY / 2) as f64)
}

/// The fixed script. Still views: everything, then one month, one day and one
/// hour around the busiest hour (where every lane is a density strip), and one
/// day and one hour around a typical day (where single events are drawn with
/// their labels). Motions: a pan over one plot width at the one-day scale
/// through each of those places, and a zoom from everything down to each hour.
pub fn run_script(data: &Loaded, opts: &Options) -> Vec<Row> {
    let mut h = Harness::new(data, opts.size);
    let w = h.plot_width();
    let busy = densest_hour(data);
    let typical = typical_day(data);
    let fit = match data.index.extent {
        Some(s) => TimeView::fit(s.lo, s.hi, w, 40.0, DAY as f64),
        None => TimeView::default(),
    };
    let around = |centre: f64, secs: f64| {
        let spp = secs / w;
        TimeView { t0: centre - w / 2.0 * spp, secs_per_px: spp }
    };
    // Warm up: fonts, the first galleys, allocations.
    h.state.view = fit;
    for _ in 0..5 {
        h.frame();
    }

    let mut rows = Vec::new();
    let mut record = |name: &str, frames: Vec<Frame>| {
        rows.push(Row {
            name: name.to_owned(),
            times: frames.iter().map(|f| f.time).collect(),
            triangles: frames.iter().map(|f| f.triangles).max().unwrap_or(0),
            marks: frames.iter().map(|f| f.marks).max().unwrap_or(0),
            buckets: frames.iter().map(|f| f.buckets).max().unwrap_or(0),
        });
    };
    let still = |h: &mut Harness, view: TimeView| -> Vec<Frame> {
        h.state.view = view;
        (0..opts.frames).map(|_| h.frame()).collect()
    };
    record("fit all", still(&mut h, fit));
    record("one month, busiest", still(&mut h, around(busy, 30.0 * DAY as f64)));
    record("one day, busiest", still(&mut h, around(busy, DAY as f64)));
    record("one hour, busiest", still(&mut h, around(busy, HOUR as f64)));
    record("one day, typical", still(&mut h, around(typical, DAY as f64)));
    record("one hour, typical", still(&mut h, around(typical, HOUR as f64)));

    for (name, centre) in [("pan one day wide, busiest", busy), ("pan one day wide, typical", typical)] {
        // One plot width over the motion, ending where it began plus a width: the place is crossed.
        let mut view = around(centre, DAY as f64);
        view.t0 -= w / 2.0 * view.secs_per_px;
        let step = w / opts.motion_frames as f64;
        let frames = (0..opts.motion_frames)
            .map(|_| {
                view.pan(-step, w);
                h.state.view = view;
                h.frame()
            })
            .collect();
        record(name, frames);
    }
    for (name, centre) in [("zoom all to hour, busiest", busy), ("zoom all to hour, typical", typical)] {
        let mut view = fit;
        let factor = (HOUR as f64 / w / fit.secs_per_px).powf(1.0 / opts.motion_frames as f64);
        let frames = (0..opts.motion_frames)
            .map(|_| {
                // Keep the place under the same x while zooming, as the wheel does under the pointer.
                let x = view.x(centre).clamp(0.0, w);
                view.zoom_around(x, factor, w);
                h.state.view = view;
                h.frame()
            })
            .collect();
        record(name, frames);
    }
    rows
}

/// Nearest-rank percentile (`q` in 0..=1).
pub fn percentile(times: &[Duration], q: f64) -> Duration {
    if times.is_empty() {
        return Duration::ZERO;
    }
    let mut v = times.to_vec();
    v.sort_unstable();
    let rank = ((q * v.len() as f64).ceil() as usize).clamp(1, v.len());
    v[rank - 1]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// A field of `/proc/self/status`, in kB.
pub fn memory_kb(field: &str) -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with(field))?;
    line[field.len()..].trim().trim_end_matches("kB").trim().parse().ok()
}

fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map_or_else(|_| "unknown".to_owned(), |s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
}

/// User + system CPU time of this process so far (all threads, finished ones included).
fn process_cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let (utime, stime): (f64, f64) = (f.get(11)?.parse().ok()?, f.get(12)?.parse().ok()?);
    // Clock ticks; 100 per second on Linux.
    Some((utime + stime) / 100.0)
}

fn machine() -> String {
    let cpus = threads();
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("model name")).and_then(|l| l.split_once(':')).map(|(_, m)| m.trim().to_owned()))
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| s.lines().next().and_then(|l| l.split_whitespace().nth(1)).and_then(|kb| kb.parse::<u64>().ok()))
        .map_or(String::new(), |kb| format!(", {:.1} GiB RAM", kb as f64 / (1 << 20) as f64));
    format!("{cpus} CPUs ({model}){mem}, {} {}", std::env::consts::OS, std::env::consts::ARCH)
}

/// Wall time of Python's `json.load` of `file`, timed inside Python.
fn python_json_load(file: &Path) -> Result<Duration, String> {
    const SCRIPT: &str = "import json, sys, time\n\
        t = time.perf_counter()\n\
        with open(sys.argv[1], encoding='utf-8') as f:\n    d = json.load(f)\n\
        print(time.perf_counter() - t)\n";
    let out = match std::process::Command::new("python3").arg("-c").arg(SCRIPT).arg(file).output() {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err("python3 not found".to_owned()),
        Err(e) => return Err(format!("python3 could not run: {e}")),
    };
    if !out.status.success() {
        return Err(format!("python3 json.load failed: {}", String::from_utf8_lossy(&out.stderr).trim()));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    text.trim().parse::<f64>().map(Duration::from_secs_f64).map_err(|_| format!("python3 printed `{}`", text.trim()))
}

fn print_edit_rows(loaded: Loaded, count: usize) {
    if count == 0 {
        return;
    }
    println!(
        "edits    one change at a time on a random event, through the window's path (commit + bookkeeping after it); each undone at once"
    );
    println!("  {:<30} {:>6} {:>8} {:>8} {:>8}", "change", "count", "p50 ms", "p95 ms", "max ms");
    for (name, times) in edit_rows(loaded, count) {
        let at = |q| ms(percentile(&times, q));
        println!("  {:<30} {:>6} {:>8.2} {:>8.2} {:>8.2}", name, times.len(), at(0.5), at(0.95), at(1.0));
    }
}

/// Edits timed through the window's own path (`ChronolensApp::change` and
/// `undo`: `Loaded::commit` / `undo` plus the bookkeeping after a change),
/// each on a random event; every change is undone at once, so that the data
/// stays the same throughout and the undo row times the undo of each kind.
pub fn edit_rows(loaded: Loaded, count: usize) -> Vec<(String, Vec<Duration>)> {
    use crate::ui::app::ChronolensApp;
    let n = loaded.dataset.events.len();
    if n < 2 || count == 0 {
        return Vec::new();
    }
    let mut app = ChronolensApp::new(loaded);
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut random = move |below: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % below as u64) as usize
    };
    let drafts: Vec<u32> = (0..n as u32).filter(|&e| app.data.dataset.events[e as usize].is_draft()).collect();
    let dated: Vec<u32> = (0..n as u32).filter(|&e| app.data.index.spans[e as usize].get().is_some()).collect();
    let mut rows: Vec<(String, Vec<Duration>)> = Vec::new();
    let mut undo_times = Vec::new();
    let kinds = ["accept", "reject", "edit (title and date)", "cite (new event)", "merge (two events)", "refused edit (bad lane)"];
    for kind in kinds {
        let mut times = Vec::with_capacity(count);
        for _ in 0..count {
            let Some(ops) = random_ops(&app, kind, n, &mut random, &drafts, &dated) else { continue };
            let t0 = Instant::now();
            let done = app.change(kind.to_owned(), ops);
            times.push(t0.elapsed());
            if done.is_ok() {
                let t0 = Instant::now();
                app.undo();
                undo_times.push(t0.elapsed());
            }
        }
        rows.push((kind.to_owned(), times));
    }
    rows.push(("undo (of each of the above)".to_owned(), undo_times));
    rows.push(("import article (extract + match + add)".to_owned(), import_times(&mut app, count)));
    rows
}

/// A short wire story of the kind imported one at a time: named officials of
/// several sides, dated and undated reports, a meeting and a decision.
const IMPORTED: &str = "Allies pledge more air defence after strikes\n\n\
BRUSSELS, {date} -- NATO Secretary-General Jens Stoltenberg said on Tuesday that allies would send more air defence systems to Ukraine after a night of missile strikes on Kyiv.\n\n\
Ukrainian President Volodymyr Zelensky thanked the allies and said the strikes had hit power stations in three regions.\n\n\
Kremlin spokesman Dmitry Peskov told reporters that the strikes were aimed at military targets, and accused the West of prolonging the war.\n\n\
U.S. Defense Secretary Lloyd Austin met his counterparts in Brussels and announced a new package of military aid worth $400 million.\n\n\
The ministers will meet again next month, the alliance said.\n";

/// Times importing one article into the data, through the window's path
/// (extraction, matching against every event of its lanes and dates,
/// adding as one change), each undone at once.
fn import_times(app: &mut crate::ui::app::ChronolensApp, count: usize) -> Vec<Duration> {
    use crate::extract::article::{ArticleMeta, extract_article};
    use crate::extract::published::Published;
    let middle = app.data.index.extent.map_or(0, |s| s.lo / 2 + s.hi / 2);
    let day = chrono::DateTime::from_timestamp(middle, 0)
        .map_or_else(|| chrono::NaiveDate::from_ymd_opt(2022, 3, 24).unwrap(), |t| t.date_naive());
    let text = IMPORTED.replace("{date}", &day.format("%B %-d").to_string());
    let g = crate::extract::Gazetteer::builtin();
    let mut times = Vec::with_capacity(count);
    for i in 0..count {
        let meta = ArticleMeta { id: format!("bench-import-{i}"), published: Published::given(day), outlet: None, url: None };
        let t0 = Instant::now();
        let items = vec![extract_article(&text, &meta, &g)];
        let done = app.import_extracted(format!("Import {i}"), items);
        times.push(t0.elapsed());
        if done.is_ok() {
            app.undo();
        }
    }
    times
}

/// The change `kind` of the edit benchmark on random events; `None` when the
/// draw cannot make one (a merge of an event with itself).
fn random_ops(
    app: &crate::ui::app::ChronolensApp,
    kind: &str,
    n: usize,
    random: &mut dyn FnMut(usize) -> usize,
    drafts: &[u32],
    dated: &[u32],
) -> Option<Vec<crate::model::history::Op>> {
    use crate::model::history::Op;
    let ds = &app.data.dataset;
    let pick = |random: &mut dyn FnMut(usize) -> usize, from: &[u32]| {
        if from.is_empty() { random(n) as u32 } else { from[random(from.len())] }
    };
    Some(match kind {
        "accept" => {
            let e = pick(random, drafts);
            let mut ev = (*ds.events[e as usize]).clone();
            ev.draft = None;
            vec![Op::Put { at: e, event: ev }]
        }
        "reject" => vec![Op::Remove { at: pick(random, drafts) }],
        "edit (title and date)" => {
            let e = random(n) as u32;
            let like = &ds.events[pick(random, dated) as usize];
            let mut ev = (*ds.events[e as usize]).clone();
            ev.title = format!("{} (edited)", ev.title).into();
            (ev.start, ev.end, ev.precision) = (like.start.clone(), like.end.clone(), like.precision);
            vec![Op::Put { at: e, event: ev }]
        }
        "cite (new event)" => {
            let like = random(n) as u32;
            let s = &ds.events[like as usize].sources[0];
            let article = app.data.index.article_ids[s.article.as_str()];
            let ev = app.data.event_from_passage(article, s.paragraph, &s.quote, Some(like));
            vec![Op::Append { lanes: Vec::new(), articles: Vec::new(), events: vec![ev] }]
        }
        "merge (two events)" => {
            let (a, b) = (random(n) as u32, random(n) as u32);
            if a == b {
                return None;
            }
            let mut kept = (*ds.events[a as usize]).clone();
            kept.sources.extend(ds.events[b as usize].sources.iter().cloned());
            vec![Op::Put { at: a, event: kept }, Op::Remove { at: b }]
        }
        _ => {
            let e = random(n) as u32;
            let mut ev = (*ds.events[e as usize]).clone();
            ev.lane = "no such lane".into();
            vec![Op::Put { at: e, event: ev }]
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_import_row_adds_a_whole_article_and_undoes_it() {
        let p = crate::generate::Params { events: 3000, lanes: 6, years: 2.0, articles: 0, seed: 3, pretty: false };
        let (bytes, _) = crate::generate::generate_bytes(&p);
        let mut app = crate::ui::app::ChronolensApp::new(crate::model::load_bytes("generated", &bytes).unwrap());
        let count = |app: &crate::ui::app::ChronolensApp| (app.data.dataset.events.len(), app.data.dataset.articles.len());
        let before = count(&app);
        let text = IMPORTED.replace("{date}", "March 22");
        let meta = crate::extract::article::ArticleMeta {
            id: "one".to_owned(),
            published: crate::extract::published::Published::given(chrono::NaiveDate::from_ymd_opt(2022, 3, 22).unwrap()),
            outlet: None,
            url: None,
        };
        let items = vec![crate::extract::article::extract_article(&text, &meta, &crate::extract::Gazetteer::builtin())];
        app.import_extracted("Import one".to_owned(), items).expect("the article is added");
        let (events, articles) = count(&app);
        assert_eq!(articles, before.1 + 1);
        assert!(events >= before.0 + 5, "an event per report and act: {} new", events - before.0);
        app.undo();
        assert_eq!(count(&app), before);
        // The row imports and undoes each time: the data is as it was.
        assert_eq!(import_times(&mut app, 3).len(), 3);
        assert_eq!(count(&app), before);
    }
}
