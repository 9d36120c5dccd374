//! A lane split by actor: one band per actor of its events, in the order of
//! each actor's first event (a lane's events are sorted by start). Worked out
//! once per lane and edit, not per frame: a frame only looks up the band of
//! each event it draws.

/// The band of events without an actor.
pub const NO_ACTOR: &str = "(no actor)";

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActorBands {
    /// Per band: the actor's name, or `NO_ACTOR`.
    pub names: Vec<String>,
    /// Per position in the lane's events (`LaneEvents::order`): its band.
    pub band_of: Vec<u16>,
    /// Per band: how many events it holds.
    pub sizes: Vec<usize>,
}

/// Groups a lane's events, given each one's actor in the lane's order.
/// Actors differing only in surrounding spaces are one; a blank actor is none.
pub fn group_by_actor<'a>(actors: impl Iterator<Item = Option<&'a str>>) -> ActorBands {
    let mut out = ActorBands::default();
    let mut seen = std::collections::HashMap::new();
    for actor in actors {
        let name = actor.map(str::trim).filter(|a| !a.is_empty()).unwrap_or(NO_ACTOR);
        let band = *seen.entry(name).or_insert_with(|| {
            out.names.push(name.to_owned());
            out.sizes.push(0);
            (out.names.len() - 1) as u16
        });
        out.band_of.push(band);
        out.sizes[band as usize] += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_follow_first_appearance_and_gather_blank_actors() {
        let actors = [Some("Stoltenberg"), None, Some(" NATO allies "), Some("Stoltenberg"), Some(""), Some("NATO allies")];
        let b = group_by_actor(actors.into_iter());
        assert_eq!(b.names, ["Stoltenberg", NO_ACTOR, "NATO allies"]);
        assert_eq!(b.band_of, [0, 1, 2, 0, 1, 2]);
        assert_eq!(b.sizes, [2, 2, 2]);
        assert_eq!(group_by_actor(std::iter::empty()), ActorBands::default());
    }
}
