//! WeCom's errcode table (DOMAIN.md §10): its codes mean other things than the Official
//! Account's (40001 is a wrong secret there), read through the platform's spec.

use super::Errcode;
use crate::core::text::msg;

/// DOMAIN.md §10: WeCom's token and ticket errcodes.
pub(super) static ERRCODES: &[Errcode] = &[
    Errcode {
        codes: &[-1],
        meaning: msg!("errcode-wecom-busy"),
        fix: msg!("errcode-wecom-busy-fix"),
    },
    Errcode {
        codes: &[40001],
        meaning: msg!("errcode-wecom-40001"),
        fix: msg!("errcode-wecom-40001-fix"),
    },
    Errcode {
        codes: &[40013],
        meaning: msg!("errcode-wecom-40013"),
        fix: msg!("errcode-wecom-40013-fix"),
    },
    Errcode {
        codes: &[40014],
        meaning: msg!("errcode-wecom-40014"),
        fix: msg!("errcode-wecom-40014-fix"),
    },
    Errcode {
        codes: &[40056],
        meaning: msg!("errcode-wecom-40056"),
        fix: msg!("errcode-wecom-40056-fix"),
    },
    Errcode {
        codes: &[40091],
        meaning: msg!("errcode-wecom-40091"),
        fix: msg!("errcode-wecom-40091-fix"),
    },
    Errcode {
        codes: &[40093],
        meaning: msg!("errcode-wecom-40093"),
        fix: msg!("errcode-wecom-40093-fix"),
    },
    Errcode {
        codes: &[41001, 41002, 41004],
        meaning: msg!("errcode-wecom-41001"),
        fix: msg!("errcode-wecom-41001-fix"),
    },
    Errcode {
        codes: &[42001],
        meaning: msg!("errcode-wecom-42001"),
        fix: msg!("errcode-wecom-42001-fix"),
    },
    Errcode {
        codes: &[42012],
        meaning: msg!("errcode-wecom-42012"),
        fix: msg!("errcode-wecom-42012-fix"),
    },
    Errcode {
        codes: &[45009],
        meaning: msg!("errcode-wecom-45009"),
        fix: msg!("errcode-wecom-45009-fix"),
    },
    Errcode {
        codes: &[48002],
        meaning: msg!("errcode-wecom-48002"),
        fix: msg!("errcode-wecom-48002-fix"),
    },
    Errcode {
        codes: &[60020],
        meaning: msg!("errcode-wecom-60020"),
        fix: msg!("errcode-wecom-60020-fix"),
    },
    Errcode {
        codes: &[80001],
        meaning: msg!("errcode-wecom-80001"),
        fix: msg!("errcode-wecom-80001-fix"),
    },
    Errcode {
        codes: &[91040],
        meaning: msg!("errcode-wecom-91040"),
        fix: msg!("errcode-wecom-91040-fix"),
    },
];
