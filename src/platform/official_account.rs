//! The Official Account's errcode table (DOMAIN.md §4): what each code of the token and ticket
//! APIs means and what to do, read by `wechat::errcode` through the platform's spec.

use super::Errcode;
use crate::core::text::msg;

pub(super) static ERRCODES: &[Errcode] = &[
    Errcode {
        codes: &[-1],
        meaning: msg!("errcode-oa-busy"),
        fix: msg!("errcode-oa-busy-fix"),
    },
    Errcode {
        codes: &[40001],
        meaning: msg!("errcode-oa-40001"),
        fix: msg!("errcode-oa-40001-fix"),
    },
    Errcode {
        codes: &[40002],
        meaning: msg!("errcode-oa-40002"),
        fix: msg!("errcode-oa-40002-fix"),
    },
    Errcode {
        codes: &[40013],
        meaning: msg!("errcode-oa-40013"),
        fix: msg!("errcode-oa-40013-fix"),
    },
    Errcode {
        codes: &[40014],
        meaning: msg!("errcode-oa-40014"),
        fix: msg!("errcode-oa-40014-fix"),
    },
    Errcode {
        codes: &[40097],
        meaning: msg!("errcode-oa-40097"),
        fix: msg!("errcode-oa-40097-fix"),
    },
    Errcode {
        codes: &[40125],
        meaning: msg!("errcode-oa-40125"),
        fix: msg!("errcode-oa-40125-fix"),
    },
    Errcode {
        codes: &[40164],
        meaning: msg!("errcode-oa-40164"),
        fix: msg!("errcode-oa-40164-fix"),
    },
    Errcode {
        codes: &[40243],
        meaning: msg!("errcode-oa-40243"),
        fix: msg!("errcode-oa-40243-fix"),
    },
    Errcode {
        codes: &[41002, 41004],
        meaning: msg!("errcode-oa-41002"),
        fix: msg!("errcode-oa-41002-fix"),
    },
    Errcode {
        codes: &[42001],
        meaning: msg!("errcode-oa-42001"),
        fix: msg!("errcode-oa-42001-fix"),
    },
    Errcode {
        codes: &[43002],
        meaning: msg!("errcode-oa-43002"),
        fix: msg!("errcode-oa-43002-fix"),
    },
    Errcode {
        codes: &[45009],
        meaning: msg!("errcode-oa-45009"),
        fix: msg!("errcode-oa-45009-fix"),
    },
    Errcode {
        codes: &[45011],
        meaning: msg!("errcode-oa-45011"),
        fix: msg!("errcode-oa-45011-fix"),
    },
    Errcode {
        codes: &[50004],
        meaning: msg!("errcode-oa-50004"),
        fix: msg!("errcode-oa-50004-fix"),
    },
    Errcode {
        codes: &[50007],
        meaning: msg!("errcode-oa-50007"),
        fix: msg!("errcode-oa-50007-fix"),
    },
    Errcode {
        codes: &[61024],
        meaning: msg!("errcode-oa-61024"),
        fix: msg!("errcode-oa-61024-fix"),
    },
    Errcode {
        codes: &[89501, 89503],
        meaning: msg!("errcode-oa-89501"),
        fix: msg!("errcode-oa-89501-fix"),
    },
    Errcode {
        codes: &[89506, 89507],
        meaning: msg!("errcode-oa-89506"),
        fix: msg!("errcode-oa-89506-fix"),
    },
];
