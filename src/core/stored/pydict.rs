//! A parser for the flat Python dict literals that Flask and Django backends write with
//! `str(dict)` (or `repr`): `{'access_token': '...', 'expires_in': 7200, 'update_time': 1.5}`.
//!
//! Only what such a dict holds: string and integer keys; strings (single or double quotes, the
//! usual escapes, `r''` raw strings), ints, floats, True/False/None. Nested dicts, lists, tuples
//! and bytes are rejected with a message that names them, since no token cache nests them.

/// One value of the dict.
#[derive(Clone, Debug, PartialEq)]
pub enum PyValue {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
}

impl PyValue {
    /// The number, for `expires_in` and `update_time`.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            PyValue::Int(i) => Some(*i as f64),
            PyValue::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// The Python type name, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            PyValue::Str(_) => "str",
            PyValue::Int(_) => "int",
            PyValue::Float(_) => "float",
            PyValue::Bool(_) => "bool",
            PyValue::None => "NoneType",
        }
    }
}

/// Why a literal is not a flat dict; `at` is a character offset into the input. The message
/// never quotes the input (a string may be the secret).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyDictError {
    pub at: usize,
    pub message: String,
}

/// Parses a flat dict literal into its entries, in order. Keys are strings (int keys are kept as
/// their decimal text). A repeated key keeps the last value, as Python does.
pub fn parse(input: &str) -> Result<Vec<(String, PyValue)>, PyDictError> {
    let mut p = Parser {
        chars: input.chars().collect(),
        pos: 0,
    };
    p.skip_ws();
    p.expect('{', "a Python dict starts with '{'")?;
    let mut entries: Vec<(String, PyValue)> = Vec::new();
    loop {
        p.skip_ws();
        if p.eat('}') {
            break;
        }
        let key = match p.value()? {
            PyValue::Str(s) => s,
            PyValue::Int(i) => i.to_string(),
            other => {
                return Err(p.err(format!(
                    "a dict key of type {} is not supported: keys are strings",
                    other.type_name()
                )));
            }
        };
        p.skip_ws();
        p.expect(':', "expected ':' after a dict key")?;
        p.skip_ws();
        let value = p.value()?;
        entries.retain(|(k, _)| *k != key);
        entries.push((key, value));
        p.skip_ws();
        if p.eat(',') {
            continue;
        }
        p.skip_ws();
        p.expect('}', "expected ',' or '}' after a dict value")?;
        break;
    }
    p.skip_ws();
    if p.pos < p.chars.len() {
        return Err(p.err("unexpected text after the closing '}'".to_owned()));
    }
    Ok(entries)
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn err(&self, message: String) -> PyDictError {
        PyDictError {
            at: self.pos,
            message,
        }
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: char, message: &str) -> Result<(), PyDictError> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(self.err(message.to_owned()))
        }
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
    }

    fn value(&mut self) -> Result<PyValue, PyDictError> {
        match self.peek() {
            None => Err(self.err("the dict ends in the middle".to_owned())),
            Some('\'' | '"') => self.string(false).map(PyValue::Str),
            Some('{') => {
                Err(self
                    .err("a nested dict is not supported: point the key at a flat dict".to_owned()))
            }
            Some('[' | '(') => Err(self.err(
                "a list or tuple value is not supported: only strings, numbers, True/False/None"
                    .to_owned(),
            )),
            Some(c) if c.is_ascii_digit() || matches!(c, '-' | '+' | '.') => self.number(),
            Some(c) if c.is_ascii_alphabetic() || c == '_' => {
                let start = self.pos;
                while self
                    .peek()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
                {
                    self.pos += 1;
                }
                let word: String = self.chars[start..self.pos].iter().collect();
                match word.as_str() {
                    "True" => Ok(PyValue::Bool(true)),
                    "False" => Ok(PyValue::Bool(false)),
                    "None" => Ok(PyValue::None),
                    "r" | "R" if matches!(self.peek(), Some('\'' | '"')) => {
                        self.string(true).map(PyValue::Str)
                    }
                    "b" | "B" | "rb" | "br" | "Rb" | "bR" | "RB" | "BR"
                        if matches!(self.peek(), Some('\'' | '"')) =>
                    {
                        self.pos = start;
                        Err(self.err(
                            "a bytes value (b'...') is not supported: decode it before caching, or use the raw format"
                                .to_owned(),
                        ))
                    }
                    _ => {
                        self.pos = start;
                        Err(self.err(
                            "a bare word is not a Python literal: expected a quoted string, a number, True, False or None"
                                .to_owned(),
                        ))
                    }
                }
            }
            Some(_) => Err(self.err("unexpected character where a value should be".to_owned())),
        }
    }

    fn string(&mut self, raw: bool) -> Result<String, PyDictError> {
        let start = self.pos;
        let Some(quote) = self.peek() else {
            return Err(self.err("expected a string".to_owned()));
        };
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                self.pos = start;
                return Err(self.err("a string is not closed".to_owned()));
            };
            self.pos += 1;
            if c == quote {
                return Ok(out);
            }
            if c == '\n' {
                self.pos = start;
                return Err(self.err("a string is not closed on its line".to_owned()));
            }
            if c != '\\' {
                out.push(c);
                continue;
            }
            let Some(e) = self.peek() else {
                self.pos = start;
                return Err(self.err("a string is not closed".to_owned()));
            };
            self.pos += 1;
            if raw {
                out.push('\\');
                out.push(e);
                continue;
            }
            match e {
                '\\' => out.push('\\'),
                '\'' => out.push('\''),
                '"' => out.push('"'),
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                '0' => out.push('\0'),
                'a' => out.push('\x07'),
                'b' => out.push('\x08'),
                'f' => out.push('\x0c'),
                'v' => out.push('\x0b'),
                '\n' => {}
                'x' => out.push(self.hex_escape(2)?),
                'u' => out.push(self.hex_escape(4)?),
                'U' => out.push(self.hex_escape(8)?),
                other => {
                    // Python keeps an unknown escape as written.
                    out.push('\\');
                    out.push(other);
                }
            }
        }
    }

    fn hex_escape(&mut self, digits: usize) -> Result<char, PyDictError> {
        let end = self.pos + digits;
        let text: String = self
            .chars
            .get(self.pos..end)
            .map(|s| s.iter().collect())
            .unwrap_or_default();
        let code = (text.len() == digits && text.chars().all(|c| c.is_ascii_hexdigit()))
            .then(|| u32::from_str_radix(&text, 16).ok())
            .flatten()
            .and_then(char::from_u32);
        match code {
            Some(c) => {
                self.pos = end;
                Ok(c)
            }
            None => Err(self.err(format!(
                "a \\x, \\u or \\U escape needs {digits} hex digits of a valid character"
            ))),
        }
    }

    fn number(&mut self) -> Result<PyValue, PyDictError> {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '.' | '_'))
        {
            // A sign is only part of the number at its start or right after an exponent.
            if matches!(self.peek(), Some('-' | '+'))
                && self.pos != start
                && !matches!(self.chars.get(self.pos - 1), Some('e' | 'E'))
            {
                break;
            }
            self.pos += 1;
        }
        let text: String = self.chars[start..self.pos]
            .iter()
            .filter(|c| **c != '_')
            .collect();
        let is_float = text.contains(['.', 'e', 'E']);
        let parsed = if is_float {
            text.parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
                .map(PyValue::Float)
        } else {
            text.parse::<i64>().ok().map(PyValue::Int)
        };
        parsed.ok_or_else(|| {
            let pos = self.pos;
            self.pos = start;
            let e = self.err("not a number this parser reads (a decimal int or float)".to_owned());
            self.pos = pos;
            e
        })
    }
}
