//! How the analyst arranged the lanes: their order and which are collapsed to
//! one row. View state, like hidden lanes: the dataset's lane list is not
//! edited, so undo, saving and other views are unaffected.

use crate::model::Lane;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LaneArrangement {
    /// Lane indices in display order. Indices out of range or repeated are
    /// ignored, and lanes it leaves out follow in dataset order, so an
    /// arrangement made before lanes were added stays usable.
    pub order: Vec<u16>,
    /// Per lane index (missing: expanded).
    pub collapsed: Vec<bool>,
    /// Per lane index: drawn as one band per actor (missing: not split).
    pub split: Vec<bool>,
}

impl LaneArrangement {
    /// Whether the lanes are in dataset order and none is collapsed.
    pub fn is_plain(&self, lane_count: usize) -> bool {
        self.ordered(lane_count).iter().enumerate().all(|(i, &l)| i == l as usize)
            && !self.collapsed.iter().any(|&c| c)
            && !self.split.iter().any(|&c| c)
    }

    /// Every lane index `0..lane_count` once, in display order.
    pub fn ordered(&self, lane_count: usize) -> Vec<u16> {
        let mut seen = vec![false; lane_count];
        let mut out = Vec::with_capacity(lane_count);
        for &l in &self.order {
            if (l as usize) < lane_count && !std::mem::replace(&mut seen[l as usize], true) {
                out.push(l);
            }
        }
        out.extend((0..lane_count as u16).filter(|&l| !seen[l as usize]));
        out
    }

    pub fn is_collapsed(&self, lane: u16) -> bool {
        self.collapsed.get(lane as usize).copied().unwrap_or(false)
    }

    pub fn set_collapsed(&mut self, lane: u16, collapsed: bool) {
        set_flag(&mut self.collapsed, lane, collapsed);
    }

    pub fn is_split(&self, lane: u16) -> bool {
        self.split.get(lane as usize).copied().unwrap_or(false)
    }

    pub fn set_split(&mut self, lane: u16, split: bool) {
        set_flag(&mut self.split, lane, split);
    }

    /// The ids of the lanes split by actor, as saved in a view.
    pub fn split_ids(&self, lanes: &[Lane]) -> Vec<String> {
        (0..lanes.len() as u16).filter(|&l| self.is_split(l)).map(|l| lanes[l as usize].id.clone()).collect()
    }

    /// Splits the lanes `ids` names; returns the ids no longer in the file.
    pub fn with_split_ids(mut self, lanes: &[Lane], ids: &[String]) -> (Self, Vec<String>) {
        let mut unknown = Vec::new();
        for id in ids {
            match lanes.iter().position(|l| l.id == *id) {
                Some(i) => self.set_split(i as u16, true),
                None if !unknown.contains(id) => unknown.push(id.clone()),
                None => {}
            }
        }
        (self, unknown)
    }

    /// Moves `lane` to just before `before` (`None`: to the end).
    pub fn move_before(&mut self, lane_count: usize, lane: u16, before: Option<u16>) {
        let mut order = self.ordered(lane_count);
        let Some(from) = order.iter().position(|&l| l == lane) else { return };
        order.remove(from);
        let to = before.and_then(|b| order.iter().position(|&l| l == b)).unwrap_or(order.len());
        order.insert(to, lane);
        self.order = order;
    }

    /// Moves `lane` one step up (`-1`) or down (`+1`) past the next lane shown
    /// (`shown`: not hidden), so that a step is never lost behind a hidden lane.
    /// Returns whether it moved.
    pub fn step(&mut self, lane_count: usize, lane: u16, up: bool, shown: impl Fn(u16) -> bool) -> bool {
        let order = self.ordered(lane_count);
        let Some(at) = order.iter().position(|&l| l == lane) else { return false };
        if up {
            let Some(prev) = order[..at].iter().rev().copied().find(|&l| shown(l)) else { return false };
            self.move_before(lane_count, lane, Some(prev));
        } else {
            let Some(next_at) = order[at + 1..].iter().position(|&l| shown(l)).map(|p| at + 1 + p) else { return false };
            let after_next = order.get(next_at + 1).copied();
            self.move_before(lane_count, lane, after_next);
        }
        true
    }

    /// As saved in a view: lane ids in display order (empty when in dataset
    /// order) and the ids of the collapsed lanes.
    pub fn to_ids(&self, lanes: &[Lane]) -> (Vec<String>, Vec<String>) {
        let order = self.ordered(lanes.len());
        let plain = order.iter().enumerate().all(|(i, &l)| i == l as usize);
        let ids = if plain { Vec::new() } else { order.iter().map(|&l| lanes[l as usize].id.clone()).collect() };
        let collapsed = (0..lanes.len() as u16).filter(|&l| self.is_collapsed(l)).map(|l| lanes[l as usize].id.clone()).collect();
        (ids, collapsed)
    }

    /// From a saved view; returns the ids no longer in the file as well.
    pub fn from_ids(lanes: &[Lane], order: &[String], collapsed: &[String]) -> (Self, Vec<String>) {
        let mut unknown = Vec::new();
        let mut find = |id: &String| {
            let i = lanes.iter().position(|l| l.id == *id).map(|i| i as u16);
            if i.is_none() && !unknown.contains(id) {
                unknown.push(id.clone());
            }
            i
        };
        let order = order.iter().filter_map(&mut find).collect();
        let mut out = Self { order, collapsed: vec![false; lanes.len()], split: Vec::new() };
        for l in collapsed.iter().filter_map(&mut find).collect::<Vec<_>>() {
            out.set_collapsed(l, true);
        }
        (out, unknown)
    }
}

/// Sets one lane's flag, growing the list (lanes past its end are off).
fn set_flag(flags: &mut Vec<bool>, lane: u16, on: bool) {
    let i = lane as usize;
    if flags.len() <= i {
        flags.resize(i + 1, false);
    }
    flags[i] = on;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lanes(ids: &[&str]) -> Vec<Lane> {
        ids.iter().map(|id| Lane { id: (*id).into(), label: id.to_uppercase(), ..Default::default() }).collect()
    }

    #[test]
    fn order_is_a_permutation_whatever_was_stored() {
        let a = LaneArrangement { order: vec![2, 9, 2, 0], ..Default::default() };
        assert_eq!(a.ordered(4), vec![2, 0, 1, 3]);
        assert_eq!(LaneArrangement::default().ordered(3), vec![0, 1, 2]);
        assert!(LaneArrangement::default().is_plain(3));
        assert!(!a.is_plain(4));
    }

    #[test]
    fn moving_and_stepping_skip_hidden_lanes() {
        let mut a = LaneArrangement::default();
        a.move_before(4, 3, Some(0));
        assert_eq!(a.ordered(4), vec![3, 0, 1, 2]);
        a.move_before(4, 3, None);
        assert_eq!(a.ordered(4), vec![0, 1, 2, 3]);
        // Lane 1 hidden: stepping lane 2 up passes it and lands before lane 0.
        assert!(a.step(4, 2, true, |l| l != 1));
        assert_eq!(a.ordered(4), vec![2, 0, 1, 3]);
        assert!(!a.step(4, 2, true, |_| true), "already first");
        assert!(a.step(4, 0, false, |l| l != 1));
        assert_eq!(a.ordered(4), vec![2, 1, 3, 0]);
        assert!(!a.step(4, 0, false, |_| true), "already last");
    }

    #[test]
    fn ids_round_trip_and_unknown_ones_are_reported() {
        let ls = lanes(&["nato", "us", "ru"]);
        let mut a = LaneArrangement::default();
        assert_eq!(a.to_ids(&ls), (vec![], vec![]), "dataset order is not written");
        a.move_before(3, 2, Some(0));
        a.set_collapsed(1, true);
        let (order, collapsed) = a.to_ids(&ls);
        assert_eq!(order, ["ru", "nato", "us"]);
        assert_eq!(collapsed, ["us"]);
        let mut order = order;
        order.insert(1, "mars".into());
        let (back, unknown) = LaneArrangement::from_ids(&ls, &order, &["us".into(), "mars".into()]);
        assert_eq!(back.ordered(3), vec![2, 0, 1]);
        assert!(back.is_collapsed(1) && !back.is_collapsed(0));
        assert_eq!(unknown, ["mars"]);
        let (split, unknown) = back.with_split_ids(&ls, &["ru".into(), "pluto".into()]);
        assert!(split.is_split(2) && !split.is_split(0) && !split.is_plain(3));
        assert_eq!(split.split_ids(&ls), ["ru"]);
        assert_eq!(unknown, ["pluto"]);
    }
}
