//! A small macro for the record types of the file format.
//!
//! Each record keeps the fields it knows as typed struct fields and every other
//! key in `extra`, so that a file written by a newer tool (or annotated by hand)
//! round-trips without losing data. `#[serde(flatten)]` would do the same but
//! buffers every record through an intermediate map, which halves parse speed on
//! large files; this hand-rolled visitor does not.

/// The unknown fields of a record, kept for saving. Almost every record has
/// none, so this is one pointer (8 bytes) instead of an inline map (72 bytes):
/// a million events with a source or two each save about 180 MB. It reads and
/// writes like the `serde_json::Map` it wraps (`Deref`, `DerefMut`).
#[derive(Clone, Default)]
pub struct Extra(Option<Box<serde_json::Map<String, serde_json::Value>>>);

impl std::fmt::Debug for Extra {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl Extra {
    /// No unknown fields (usable in a `static`).
    pub const NONE: Extra = Extra(None);
}

static EMPTY: std::sync::LazyLock<serde_json::Map<String, serde_json::Value>> = std::sync::LazyLock::new(serde_json::Map::new);

impl std::ops::Deref for Extra {
    type Target = serde_json::Map<String, serde_json::Value>;
    fn deref(&self) -> &Self::Target {
        self.0.as_deref().unwrap_or(&EMPTY)
    }
}

impl std::ops::DerefMut for Extra {
    fn deref_mut(&mut self) -> &mut Self::Target {
        self.0.get_or_insert_with(Default::default)
    }
}

impl PartialEq for Extra {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for Extra {
    fn from(map: serde_json::Map<String, serde_json::Value>) -> Self {
        Extra(if map.is_empty() { None } else { Some(Box::new(map)) })
    }
}

impl<'a> IntoIterator for &'a Extra {
    type Item = (&'a String, &'a serde_json::Value);
    type IntoIter = serde_json::map::Iter<'a>;
    fn into_iter(self) -> Self::IntoIter {
        (**self).iter()
    }
}

/// The fields of a record that are rarely set, and its unknown keys (`extra`),
/// kept behind one pointer: a record that has none of them (almost all) pays
/// 8 bytes for the lot instead of 24 or so each. Reads like the fields' struct
/// (`ev.rare.notes`, `ev.rare.extra`); writing through it
/// (`ev.rare.tags = Some(..)`) allocates the box. A box whose fields are all
/// unset equals no box.
#[derive(Clone)]
pub struct Rare<T: RareFields>(Option<Box<T>>);

/// A struct of rarely set fields (declared by `record!`).
pub trait RareFields: Default + PartialEq + 'static {
    /// The value with every field unset.
    fn empty() -> &'static Self;
}

impl<T: RareFields> Rare<T> {
    /// Whether any field is set.
    pub fn is_set(&self) -> bool {
        self.0.as_deref().is_some_and(|r| r != T::empty())
    }
}

impl<T: RareFields> Default for Rare<T> {
    fn default() -> Self {
        Rare(None)
    }
}

impl<T: RareFields + std::fmt::Debug> std::fmt::Debug for Rare<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl<T: RareFields> std::ops::Deref for Rare<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.0.as_deref().unwrap_or(T::empty())
    }
}

impl<T: RareFields> std::ops::DerefMut for Rare<T> {
    fn deref_mut(&mut self) -> &mut T {
        self.0.get_or_insert_with(Default::default)
    }
}

impl<T: RareFields> PartialEq for Rare<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: RareFields> From<T> for Rare<T> {
    fn from(fields: T) -> Self {
        Rare(if &fields == T::empty() { None } else { Some(Box::new(fields)) })
    }
}

/// A field value read so that lists are allocated once, at their exact
/// length: serde's own `Vec` starts at four elements and doubles, so a list of
/// one source would hold room for four (and a million events pay for it).
pub(crate) struct Exact<T>(pub T);

pub(crate) trait ExactDe<'de>: Sized {
    fn exact<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error>;
}

impl<'de, T: ExactDe<'de>> serde::Deserialize<'de> for Exact<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::exact(d).map(Exact)
    }
}

macro_rules! exact_as_usual {
    ($($ty:ty),*) => {$(
        impl<'de> ExactDe<'de> for $ty {
            fn exact<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                <$ty as serde::Deserialize>::deserialize(d)
            }
        }
    )*};
}
exact_as_usual!(
    String,
    Box<str>,
    super::types::SmallText,
    usize,
    bool,
    super::types::Kind,
    super::types::Precision,
    super::types::Verification
);

impl<'de, T: serde::Deserialize<'de>> ExactDe<'de> for Vec<T> {
    fn exact<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: serde::Deserialize<'de>> serde::de::Visitor<'de> for V<T> {
            type Value = Vec<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                // serde's own wording, so that messages stay the same.
                f.write_str("a sequence")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                // The first few wait on the stack until the length is known.
                const FIRST: usize = 8;
                let mut first: [Option<T>; FIRST] = [const { None }; FIRST];
                for n in 0..FIRST {
                    match seq.next_element()? {
                        Some(v) => first[n] = Some(v),
                        // `take` keeps the exact length, so this allocates exactly `n`.
                        None => return Ok(first.into_iter().take(n).map(|v| v.expect("filled above")).collect()),
                    }
                }
                let mut out = Vec::with_capacity(2 * FIRST);
                out.extend(first.into_iter().map(|v| v.expect("filled above")));
                while let Some(v) = seq.next_element()? {
                    out.push(v);
                }
                out.shrink_to_fit();
                Ok(out)
            }
        }
        d.deserialize_seq(V(std::marker::PhantomData))
    }
}

/// Borrowed-when-possible map key, so that parsing does not allocate per key.
pub(crate) struct Key<'de>(pub std::borrow::Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(v.to_owned())))
            }
        }
        d.deserialize_str(V)
    }
}

/// serde's message for a value that is not a list, in the words of the
/// format: "invalid type: map, expected a sequence" becomes "must be a list
/// (a JSON array), not an object". Other messages are kept as they are.
pub(crate) fn plain_message(serde_message: String) -> String {
    let Some(found) = serde_message.strip_prefix("invalid type: ").and_then(|m| m.strip_suffix(", expected a sequence")) else {
        return serde_message;
    };
    let what = match found.split(' ').next().unwrap_or_default() {
        "map" => "an object",
        "string" => "a string",
        "integer" | "floating" => "a number",
        "boolean" => "a boolean",
        "null" | "unit" => "null",
        _ => found,
    };
    format!("must be a list (a JSON array), not {what}")
}

macro_rules! record_field_type {
    (req $ty:ty) => { $ty };
    (opt $ty:ty) => { Option<$ty> };
}

macro_rules! record_finish_field {
    (req $slot:expr, $key:literal) => {
        match $slot {
            Some(v) => v,
            None => return Err(serde::de::Error::missing_field($key)),
        }
    };
    (opt $slot:expr, $key:literal) => {
        $slot
    };
}

macro_rules! record_serialize_field {
    (req $map:ident, $key:literal, $value:expr) => {
        serde::ser::SerializeMap::serialize_entry(&mut $map, $key, &$value)?;
    };
    (opt $map:ident, $key:literal, $value:expr) => {
        if let Some(v) = &$value {
            serde::ser::SerializeMap::serialize_entry(&mut $map, $key, v)?;
        }
    };
}

/// `record! { pub struct Name { req field: Type => "key", opt other: Type => "key2" } }`
/// declares the struct (with `opt` fields wrapped in `Option`) plus `extra`,
/// and implements Serialize / Deserialize and a per-field type check used for
/// precise error messages.
///
/// An optional `rare NameRare { opt field: Type => "key", .. }` after the
/// struct puts rarely set fields behind one pointer (`Rare`), as the field
/// `rare`, together with `extra`: `ev.rare.notes`, `ev.rare.extra`. They are
/// written after the other known keys, in their order, so they must be the
/// last keys of the record.
macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* $kind:ident $field:ident : $ty:ty => $key:literal ),* $(,)?
        }
        $(
            $(#[$rmeta:meta])*
            rare $rname:ident {
                $( $(#[$rfmeta:meta])* opt $rfield:ident : $rty:ty => $rkey:literal ),* $(,)?
            }
        )?
    ) => {
        $crate::model::record::record_struct! {
            [$(#[$meta])*] $name
            [$( $(#[$fmeta])* pub $field: $crate::model::record::record_field_type!($kind $ty), )*]
            $( [$(#[$rmeta])*] $rname [$( $(#[$rfmeta])* pub $rfield: Option<$rty>, )*] [$($rfield)*] )?
        }

        impl $name {
            /// The keys this record knows, in file order.
            pub const KEYS: &'static [&'static str] = &[$($key,)* $($($rkey,)*)?];

            /// Checks each known field of a JSON object on its own, so that an
            /// error can name the field. Returns (field, message) pairs.
            pub fn field_errors(obj: &serde_json::Map<String, serde_json::Value>) -> Vec<(&'static str, String)> {
                let mut out = Vec::new();
                $( $crate::model::record::record_field_check!(obj, out, $kind $ty, $key); )*
                $( $( $crate::model::record::record_field_check!(obj, out, opt $rty, $rkey); )* )?
                out
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut map = s.serialize_map(None)?;
                $( $crate::model::record::record_serialize_field!($kind map, $key, self.$field); )*
                $( $( $crate::model::record::record_serialize_field!(opt map, $rkey, self.rare.$rfield); )* )?
                for (k, v) in self.extra_fields() {
                    serde::ser::SerializeMap::serialize_entry(&mut map, k, v)?;
                }
                serde::ser::SerializeMap::end(map)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> serde::de::Visitor<'de> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str(concat!("a ", stringify!($name), " object"))
                    }
                    #[allow(non_snake_case)]
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        $( let mut $field: Option<$ty> = None; )*
                        $( $( let mut $rfield: Option<$rty> = None; )* )?
                        let mut extra = $crate::model::record::Extra::default();
                        while let Some(key) = map.next_key::<$crate::model::record::Key<'de>>()? {
                            match key.0.as_ref() {
                                $( $key => $crate::model::record::record_read_field!(map, $field, $kind $ty, $key), )*
                                $( $( $rkey => $crate::model::record::record_read_field!(map, $rfield, opt $rty, $rkey), )* )?
                                other => {
                                    let value: serde_json::Value = map.next_value()?;
                                    extra.insert(other.to_owned(), value);
                                }
                            }
                        }
                        $( let $field = $crate::model::record::record_finish_field!($kind $field, $key); )*
                        Ok($crate::model::record::record_build!($name [$($field)*] extra $( $rname [$($rfield)*] )?))
                    }
                }
                d.deserialize_map(V)
            }
        }
    };
}

/// The struct of `record!`: its fields then `extra`, or with a rare section
/// its fields then `rare` (which holds `extra`).
macro_rules! record_struct {
    ([$($meta:tt)*] $name:ident [$($fields:tt)*]) => {
        $($meta)*
        #[derive(Debug, Clone, PartialEq, Default)]
        pub struct $name {
            $($fields)*
            /// Fields this version does not know; kept so that nothing is lost on save.
            pub extra: $crate::model::record::Extra,
        }

        impl $name {
            /// The unknown fields, kept for saving.
            pub fn extra_fields(&self) -> &$crate::model::record::Extra {
                &self.extra
            }
        }
    };
    ([$($meta:tt)*] $name:ident [$($fields:tt)*] [$($rmeta:tt)*] $rname:ident [$($rfields:tt)*] [$($rfield:ident)*]) => {
        $($meta)*
        #[derive(Debug, Clone, PartialEq, Default)]
        pub struct $name {
            $($fields)*
            #[doc = concat!("The rarely set fields and the unknown ones (see [`", stringify!($rname), "`]).")]
            pub rare: $crate::model::record::Rare<$rname>,
        }

        $($rmeta)*
        #[derive(Debug, Clone, PartialEq, Default)]
        pub struct $rname {
            $($rfields)*
            /// Fields this version does not know; kept so that nothing is lost on save.
            pub extra: $crate::model::record::Extra,
        }

        impl $crate::model::record::RareFields for $rname {
            fn empty() -> &'static Self {
                static EMPTY: $rname = $rname { $( $rfield: None, )* extra: $crate::model::record::Extra::NONE };
                &EMPTY
            }
        }

        impl $name {
            /// The unknown fields, kept for saving.
            pub fn extra_fields(&self) -> &$crate::model::record::Extra {
                &self.rare.extra
            }
        }
    };
}

/// The value the visitor of `record!` returns, from its locals.
macro_rules! record_build {
    ($name:ident [$($field:ident)*] $extra:ident) => {
        $name { $($field,)* extra: $extra }
    };
    ($name:ident [$($field:ident)*] $extra:ident $rname:ident [$($rfield:ident)*]) => {
        $name { $($field,)* rare: $crate::model::record::Rare::from($rname { $($rfield,)* extra: $extra }) }
    };
}

/// One field's part of `field_errors`.
macro_rules! record_field_check {
    ($obj:ident, $out:ident, $kind:ident $ty:ty, $key:literal) => {
        match $obj.get($key) {
            Some(v) => {
                if let Err(e) = <$crate::model::record::record_field_type!($kind $ty) as serde::Deserialize>::deserialize(v) {
                    $out.push(($key, $crate::model::record::plain_message(e.to_string())));
                }
            }
            None => {
                if stringify!($kind) == "req" {
                    $out.push(($key, "missing".to_string()));
                }
            }
        }
    };
}

/// Reads one known field's value into its slot (a `match` arm of the visitor).
macro_rules! record_read_field {
    ($map:ident, $slot:ident, $kind:ident $ty:ty, $key:literal) => {{
        if $slot.is_some() {
            // serde_json keeps the last of two equal keys, other readers the first.
            return Err(serde::de::Error::custom(concat!("`", $key, "` is given twice in one object; keep one")));
        }
        $slot = $map.next_value::<Option<$crate::model::record::Exact<$ty>>>()?.map(|v| v.0);
        if $slot.is_none() && stringify!($kind) == "req" {
            return Err(serde::de::Error::custom(concat!("field `", $key, "` must not be null")));
        }
    }};
}

pub(crate) use {
    record, record_build, record_field_check, record_field_type, record_finish_field, record_read_field, record_serialize_field,
    record_struct,
};

#[cfg(test)]
mod tests {
    use crate::model::types::{Article, Lane};

    #[test]
    fn a_list_of_the_wrong_type_is_named_in_the_words_of_the_format() {
        let errs = |json: serde_json::Value| Article::field_errors(json.as_object().unwrap());
        let list = |not: &str| vec![("paragraphs", format!("must be a list (a JSON array), not {not}"))];
        assert_eq!(errs(serde_json::json!({"id": "a", "title": "t", "paragraphs": {"0": "t"}})), list("an object"));
        assert_eq!(errs(serde_json::json!({"id": "a", "title": "t", "paragraphs": "t"})), list("a string"));
        assert_eq!(errs(serde_json::json!({"id": "a", "title": "t", "paragraphs": 3})), list("a number"));
        assert_eq!(errs(serde_json::json!({"id": "a", "title": "t", "paragraphs": null})), list("null"));
        // Other messages are serde's.
        assert_eq!(
            errs(serde_json::json!({"id": 1, "title": "t", "paragraphs": []})),
            [("id", "invalid type: integer `1`, expected a string".to_owned())]
        );
    }

    #[test]
    fn a_key_given_twice_is_refused_by_name() {
        let e = serde_json::from_str::<Lane>(r#"{"id": "a", "label": "A", "id": "b"}"#).unwrap_err();
        assert_eq!(e.to_string(), "`id` is given twice in one object; keep one at line 1 column 30");
    }
}
