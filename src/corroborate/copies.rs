//! Articles that are copies or light rewrites of one text (a wire story run by
//! several sites, a press release reposted) are one origin, not independent
//! confirmation. Found by shared runs of words: two articles are copies when
//! most of the shorter one's five-word runs also appear in the other.

use crate::model::index::hash_str;
use crate::model::{Article, Dataset};
use std::collections::HashMap;

/// Words per run.
const RUN: usize = 5;
/// Share of the shorter text's runs found in the other that makes a copy.
/// Independent reports of one statement share its quotation (a tenth of the
/// text, rarely a third); copies share most of it, even lightly rewritten.
pub const COPY_SHARE: f32 = 0.5;

/// The five-word runs of an article's text, hashed, sorted, each once.
pub fn fingerprint(a: &Article) -> Vec<u64> {
    let mut words: Vec<String> = Vec::new();
    for p in a.paragraphs.iter().skip(1) {
        words.extend(p.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase));
    }
    let mut runs: Vec<u64> = words.windows(RUN).map(|w| hash_str(&w.join(" "))).collect();
    runs.sort_unstable();
    runs.dedup();
    runs
}

/// Share of the smaller fingerprint found in the other (both sorted).
pub fn shared_share(a: &[u64], b: &[u64]) -> f32 {
    let small = a.len().min(b.len());
    if small == 0 {
        return 0.0;
    }
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    both as f32 / small as f32
}

/// One article of a group of copies, and what it copies.
#[derive(Debug, Clone, PartialEq)]
pub struct CopyOf {
    /// Article number (in the dataset).
    pub article: u32,
    /// The article it is a copy of (the earliest published of its group);
    /// `None` for the original itself.
    pub original: Option<u32>,
    /// Share of text shared with the original.
    pub share: f32,
}

/// The sources of one event grouped by origin.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Origins {
    /// One entry per distinct article cited, in the order first cited.
    pub articles: Vec<CopyOf>,
    /// Number of groups: independent origins.
    pub independent: usize,
}

/// Fingerprints computed once per article and kept (articles do not change
/// while a file is open; a reload starts a new cache).
#[derive(Default)]
pub struct Fingerprints {
    by_article: HashMap<u32, Vec<u64>>,
}

impl Fingerprints {
    pub fn get(&mut self, ds: &Dataset, article: u32) -> &[u64] {
        self.by_article.entry(article).or_insert_with(|| fingerprint(&ds.articles[article as usize]))
    }
}

/// Groups `articles` (numbers in `ds`) by origin: copies join the group of
/// what they copy; each group's original is its earliest published article
/// (ties: the first cited).
pub fn origins(ds: &Dataset, articles: &[u32], prints: &mut Fingerprints) -> Origins {
    let mut list: Vec<u32> = Vec::with_capacity(articles.len());
    for &a in articles {
        if !list.contains(&a) {
            list.push(a);
        }
    }
    let n = list.len();
    // Union-find over the (few) articles of one event.
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut share = vec![vec![0.0f32; n]; n];
    for &a in &list {
        prints.get(ds, a); // computed once, then only borrowed below
    }
    for i in 0..n {
        for j in i + 1..n {
            let s = shared_share(&prints.by_article[&list[i]], &prints.by_article[&list[j]]);
            (share[i][j], share[j][i]) = (s, s);
            if s >= COPY_SHARE {
                let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                parent[rj] = ri;
            }
        }
    }
    let published = |i: usize| ds.articles[list[i] as usize].published.clone().unwrap_or_else(|| "9999".into());
    let mut original: HashMap<usize, usize> = HashMap::new();
    for i in 0..n {
        let r = root(&mut parent, i);
        let o = original.entry(r).or_insert(i);
        if published(i) < published(*o) {
            *o = i;
        }
    }
    let independent = original.len();
    let articles = (0..n)
        .map(|i| {
            let o = original[&root(&mut parent, i)];
            CopyOf { article: list[i], original: (o != i).then_some(list[o]), share: if o != i { share[i][o] } else { 0.0 } }
        })
        .collect();
    Origins { articles, independent }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &[&str] = &[
        "Russia says Washington behind drone attack on Kremlin",
        "MOSCOW (Wire) - The Kremlin on Thursday accused the United States of directing a drone attack on the Kremlin, a charge Washington dismissed as a lie.",
        "Kremlin spokesman Dmitry Peskov said decisions about such attacks were made not in Kyiv but in Washington, and that Ukraine merely carried out what it was told to do.",
        "White House national security spokesman John Kirby told MSNBC the United States had nothing to do with it and did not know exactly what had happened.",
    ];

    fn article(id: &str, published: &str, paragraphs: &[&str]) -> Article {
        Article {
            id: id.into(),
            title: paragraphs[0].into(),
            published: Some(published.into()),
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            ..Default::default()
        }
    }

    /// The wire story, lightly rewritten by a site that ran it: another
    /// headline and dateline, a few words changed, a sentence added.
    fn rewrite() -> Vec<&'static str> {
        vec![
            "Kremlin blames US for Moscow drone attack",
            "The Kremlin on Thursday accused the United States of directing a drone attack on the Kremlin, a charge Washington dismissed as a lie.",
            "Kremlin spokesman Dmitry Peskov said decisions about such attacks were made not in Kyiv but in Washington, and that Ukraine only carried out what it was told to do.",
            "White House national security spokesman John Kirby told MSNBC the United States had nothing to do with it and did not know exactly what had happened.",
            "The site will update this story.",
        ]
    }

    fn independent() -> Vec<&'static str> {
        vec![
            "Moscow blames Washington after drones reach the Kremlin",
            "Russia's presidential spokesman accused Washington on Thursday of being behind what Moscow called an attempt on the president's life.",
            "\"Decisions about such attacks are made not in Kyiv but in Washington,\" Peskov told reporters, offering no evidence.",
            "In Washington, officials denied any part in the incident, and Kyiv said it had not attacked Moscow.",
        ]
    }

    #[test]
    fn a_wire_copy_is_not_an_independent_source() {
        let ds = Dataset {
            articles: vec![
                article("copy", "2023-05-05", &rewrite()),
                article("wire", "2023-05-04", WIRE),
                article("own", "2023-05-04", &independent()),
            ],
            ..Default::default()
        };
        let o = origins(&ds, &[0, 1, 2, 1], &mut Fingerprints::default());
        assert_eq!(o.independent, 2);
        assert_eq!(o.articles.len(), 3, "each article once");
        assert_eq!(o.articles[0].original, Some(1), "the copy copies the earlier wire story");
        assert!(o.articles[0].share > 0.7, "{}", o.articles[0].share);
        assert_eq!(o.articles[1].original, None);
        assert_eq!(o.articles[2].original, None, "the same quotation in other words is independent");
    }

    #[test]
    fn shared_share_counts_runs_of_the_smaller() {
        assert_eq!(shared_share(&[1, 2, 3, 4], &[2, 4, 9]), 2.0 / 3.0);
        assert_eq!(shared_share(&[], &[1]), 0.0);
    }
}
