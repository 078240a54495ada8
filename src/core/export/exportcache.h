// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QString>

namespace postwright {

// What the export's workers look up again and again (a post's URL, a
// file's stamp, a link's target), made once per key. Thread-safe: compute
// runs outside the lock, so two threads may both make a value, and keep
// the same.
template<typename Value>
class ExportCache final
{
public:
    template<typename Compute>
    Value get(const QString &key, Compute compute)
    {
        {
            QMutexLocker lock(&m_mutex);
            const auto it = m_values.constFind(key);
            if (it != m_values.cend())
                return it.value();
        }
        Value value = compute();
        QMutexLocker lock(&m_mutex);
        m_values.insert(key, value);
        return value;
    }

private:
    QMutex m_mutex;
    QHash<QString, Value> m_values;
};

} // namespace postwright
